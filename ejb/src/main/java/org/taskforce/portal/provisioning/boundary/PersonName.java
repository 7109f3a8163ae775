package org.taskforce.portal.provisioning.boundary;

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
 * A first or last name as people really have them: letters of any language with their accents, apostrophes, hyphens,
 * spaces, parentheses, several surnames ({@code Núñez (Pepa)}, {@code D'Ávila Ortiz de Zárate}). The portal refuses
 * only what it must never store or show in a name: the markup brackets {@code < >}, control and line-breaking
 * characters, and the invisible characters that reverse the direction of the text around them. {@code null} is valid.
 *
 * <p>What else a name may hold is the Keycloak realm's to say (the user profile in {@code realm-config}, which also
 * refuses {@code $ % ; { }}, quotation marks…); the portal does not keep a second copy of that list. What Keycloak
 * refuses reaches the person on the same field, in their language ({@code provisioning.refused.*}).
 */
@Constraint(validatedBy = PersonName.Check.class)
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface PersonName {

    String message() default "{validation.PersonName}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: none of the refused characters is in the name. */
    class Check implements ConstraintValidator<PersonName, String> {

        /** Markup brackets, control characters, line breaks, and the bidirectional embeddings and isolates. */
        private static final Pattern REFUSED = Pattern.compile("[<>\\p{Cntrl}\\v\\u202A-\\u202E\\u2066-\\u2069]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !REFUSED.matcher(value).find();
        }
    }
}
