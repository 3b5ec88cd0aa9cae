package org.eurasiadiplomacy.portal.record;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every text of the record fits its column, holds no control character and is not invisible only
 * ({@link TextRules}). One violation per offending text, on its own property path, with the message
 * {@code {record.text.TOO_LONG}}, {@code {record.text.CONTROL_CHARACTER}} or {@code {record.text.INVISIBLE_ONLY}}.
 */
@Documented
@Constraint(validatedBy = StorableTextValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

    String message() default "{record.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
