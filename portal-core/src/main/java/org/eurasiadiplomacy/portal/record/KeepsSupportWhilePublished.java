package org.eurasiadiplomacy.portal.record;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A published record keeps at least one supporting footnote: {@link CuratedRecord#publish()} refuses an
 * unsupported record, and this constraint refuses an edit that takes the last support away afterwards.
 */
@Documented
@Constraint(validatedBy = KeepsSupportWhilePublishedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KeepsSupportWhilePublished {

    String message() default "{record.support.unsupportedPublished}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
