package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks what a form is about to send to a service against the Bean Validation constraints of the service's record,
 * before the call, and turns each problem into a translated error on its field ("E-mail: is not a valid address"):
 * the services check the same constraints again, so the two cannot drift apart.
 *
 * <p>Field {@code x} of the record is the component {@code <formId>:x}, named by the bundle key
 * {@code <labelPrefix>.x}. Messages are {@code validation.<Constraint>} ({@code validation.Size} gets the maximum).
 */
@RequestScoped
public class FormValidation {

    @Inject
    Validator validator;

    @Inject
    Messages messages;

    /** @return whether the record is valid; if not, every problem is on its field, in the order of the fields */
    public boolean check(Record form, String formId, String labelPrefix) {
        Set<ConstraintViolation<Record>> violations = validator.validate(form);
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        violations.stream()
                .sorted(Comparator.comparing(v -> order.indexOf(v.getPropertyPath().toString())))
                .forEach(violation -> {
                    String field = violation.getPropertyPath().toString();
                    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
                    Object maximum = violation.getConstraintDescriptor().getAttributes().get("max");
                    messages.fieldError(formId + ":" + field, labelPrefix + "." + field, messageKey(constraint),
                            maximum);
                });
        return violations.isEmpty();
    }

    private static String messageKey(Annotation constraint) {
        if (constraint instanceof Size) {
            return "validation.Size";
        }
        if (constraint instanceof Email) {
            return "validation.Email";
        }
        if (constraint instanceof Pattern) {
            return "validation.Pattern";
        }
        return "validation.NotBlank";
    }
}
