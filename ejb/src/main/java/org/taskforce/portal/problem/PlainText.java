package org.taskforce.portal.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text without markup: no tag, comment or character reference. For the fields people fill with plain words (titles,
 * places, descriptions), so that nothing typed or imported can become active where the text is shown or sent (a feed,
 * an export). Rich text has its own sanitiser instead. {@code null} is valid.
 */
@Constraint(validatedBy = PlainText.Check.class)
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface PlainText {

    String message() default "{validation.PlainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: the text has no markup in it. */
    class Check implements ConstraintValidator<PlainText, String> {

        /** Markup: a tag, a comment or an entity's opening. */
        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }
    }
}
