package org.eurasiadiplomacy.portal.record;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/** Checks {@link StorableText}: one violation per text {@link TextRules} refuses, on that text's path. */
public class StorableTextValidator implements ConstraintValidator<StorableText, Object> {

    @Override
    public boolean isValid(Object entity, ConstraintValidatorContext context) {
        if (entity == null) {
            return true;
        }
        List<TextRules.Violation> violations = TextRules.check(entity);
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (TextRules.Violation violation : violations) {
            ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate("{record.text." + violation.breach() + "}");
            NodeBuilderCustomizableContext node = null;
            NodeBuilderDefinedContext indexed = null;
            Integer index = null;
            for (Object part : violation.path()) {
                if (part instanceof Integer row) {
                    // a row's index marks the node after it: offices[2].title
                    index = row;
                    continue;
                }
                String name = (String) part;
                node = indexed != null ? indexed.addPropertyNode(name)
                        : node != null ? node.addPropertyNode(name) : builder.addPropertyNode(name);
                indexed = null;
                if (index != null) {
                    indexed = node.inIterable().atIndex(index);
                    index = null;
                }
            }
            if (indexed != null) {
                indexed.addConstraintViolation();
            } else if (node != null) {
                node.addConstraintViolation();
            }
        }
        return false;
    }
}
