package org.eurasiadiplomacy.portal.sources;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.eurasiadiplomacy.portal.record.RecordStatus;

/**
 * Checks {@link SourceRules}: always the rules of storage (pages in order, no future date, only chapters have a
 * book), and for a published source also what publication needs ({@link #missingForPublication}). Field-level
 * constraints (lengths, patterns) are on the fields themselves.
 */
public class SourceRulesValidator implements ConstraintValidator<SourceRules, Source> {

    @Override
    public boolean isValid(Source source, ConstraintValidatorContext context) {
        if (source == null || source.getType() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        SourceType type = source.getType();
        // a draft (an import, a half-typed entry) is stored with what it lacks; publishing needs it complete
        if (source.getStatus() == RecordStatus.PUBLISHED) {
            for (Missing missing : missingForPublication(source)) {
                valid = broken(context, missing.field(), missing.message());
            }
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

    /** A field a published source must have, with the message (a bundle key) that asks for it. */
    public record Missing(String field, String message) {
    }

    /**
     * What a source lacks before it can be published: a title, a journal for an article, a publisher for a book, an
     * editor for an edited book, a book or container for a chapter. Reference managers store entries without
     * these, so a draft may lack them; the preview of an import lists them for staff to complete.
     */
    public static List<Missing> missingForPublication(Source source) {
        List<Missing> missing = new ArrayList<>();
        SourceType type = source.getType();
        if (type == null) {
            return missing;
        }
        if (source.getTitle() == null || source.getTitle().isBlank()) {
            missing.add(new Missing("title", "{source.title.required}"));
        }
        if (type == SourceType.BOOK_CHAPTER) {
            if (source.getParent().isEmpty() && source.getContainer().isEmpty()) {
                missing.add(new Missing("container", "{source.chapter.bookRequired}"));
            }
        } else if (type.isContained() && source.getContainer().isEmpty()) {
            missing.add(new Missing("container", "{source.container.required}"));
        }
        if (type.isPublishedVolume() && source.getPublisher().isEmpty()) {
            missing.add(new Missing("publisher", "{source.publisher.required}"));
        }
        if (type == SourceType.EDITED_BOOK
                && source.getContributors().stream().noneMatch(c -> c.getRole() == ContributorRole.EDITOR)) {
            missing.add(new Missing("contributors", "{source.editor.required}"));
        }
        return missing;
    }

    /**
     * "160-147": a range whose numeric end comes before its start. An end shorter than its start is the
     * abbreviated form printed in many styles ("141-61" for 141-161) and is read as such.
     */
    private static boolean backwards(String pages) {
        String[] range = pages.split("-");
        if (range.length != 2 || !range[0].matches("\\d{1,9}") || !range[1].matches("\\d{1,9}")) {
            return false;
        }
        String start = range[0];
        String end = range[1].length() < start.length()
                ? start.substring(0, start.length() - range[1].length()) + range[1] : range[1];
        return Integer.parseInt(end) < Integer.parseInt(start);
    }

    private static boolean broken(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
