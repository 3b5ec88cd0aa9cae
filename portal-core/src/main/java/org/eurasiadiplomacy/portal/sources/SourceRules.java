package org.eurasiadiplomacy.portal.sources;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a source that span fields: pages in order and no date after next year for every source; and for a
 * published one, what each type requires (a journal for an article, a publisher for a book, an editor for an
 * edited book, a book or container for a chapter). A draft may lack those, as reference managers' entries do.
 * Each broken rule is reported on the field to fix.
 */
@Documented
@Constraint(validatedBy = SourceRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SourceRules {

    String message() default "{source.rules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
