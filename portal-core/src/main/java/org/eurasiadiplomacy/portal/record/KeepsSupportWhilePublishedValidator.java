package org.eurasiadiplomacy.portal.record;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KeepsSupportWhilePublished}; a draft may be unsupported while it is being written. */
public class KeepsSupportWhilePublishedValidator implements ConstraintValidator<KeepsSupportWhilePublished, CuratedRecord> {

    @Override
    public boolean isValid(CuratedRecord record, ConstraintValidatorContext context) {
        return record == null || record.getStatus() != RecordStatus.PUBLISHED || record.isSupported();
    }
}
