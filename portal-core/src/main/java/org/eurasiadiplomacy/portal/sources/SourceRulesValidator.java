package org.eurasiadiplomacy.portal.sources;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

/** Checks {@link SourceRules}; field-level constraints (lengths, patterns) are on the fields themselves. */
public class SourceRulesValidator implements ConstraintValidator<SourceRules, Source> {

    @Override
    public boolean isValid(Source source, ConstraintValidatorContext context) {
        if (source == null || source.getType() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        SourceType type = source.getType();
        if (type == SourceType.BOOK_CHAPTER) {
            if (source.getParent().isEmpty() && source.getContainer().isEmpty()) {
                valid = broken(context, "container", "{source.chapter.bookRequired}");
            }
        } else if (type.isContained() && source.getContainer().isEmpty()) {
            valid = broken(context, "container", "{source.container.required}");
        }
        if (type.isPublishedVolume() && source.getPublisher().isEmpty()) {
            valid = broken(context, "publisher", "{source.publisher.required}");
        }
        if (type == SourceType.EDITED_BOOK
                && source.getContributors().stream().noneMatch(c -> c.getRole() == ContributorRole.EDITOR)) {
            valid = broken(context, "contributors", "{source.editor.required}");
        }
        if (source.getParent().isPresent() && type != SourceType.BOOK_CHAPTER) {
            valid = broken(context, "parent", "{source.parent.chapterOnly}");
        }
        if (source.getPages().map(SourceRulesValidator::backwards).orElse(false)) {
            valid = broken(context, "pages", "{source.pages.order}");
        }
        if (source.getDate().map(date -> date.getYear() > Year.now().getValue() + 1).orElse(false)) {
            valid = broken(context, "date", "{source.date.future}");
        }
        if (source.getAccessed().map(date -> date.getYear() > Year.now().getValue() + 1).orElse(false)) {
            valid = broken(context, "accessed", "{source.accessed.future}");
        }
        return valid;
    }

    /** "160-147": a range whose numeric end comes before its start. */
    private static boolean backwards(String pages) {
        String[] range = pages.split("-");
        if (range.length != 2 || !range[0].matches("\\d{1,9}") || !range[1].matches("\\d{1,9}")) {
            return false;
        }
        return Integer.parseInt(range[1]) < Integer.parseInt(range[0]);
    }

    private static boolean broken(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
