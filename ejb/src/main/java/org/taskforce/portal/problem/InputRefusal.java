package org.taskforce.portal.problem;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a service's Bean Validation refused (a {@link ConstraintViolationException}, thrown by the validation
 * interceptor before the method runs) into an {@link InvalidException}: the person's mistake, named on each field, not
 * a failure of the service. As an application exception it reaches the web layer as it was thrown (not wrapped in an
 * {@code EJBException}, not logged with a stack trace as a system error), and the transaction is rolled back.
 *
 * <p>Each violation becomes a {@link FieldProblem}: the field is the last name of its path (a record component or a
 * parameter: {@code add.draft.name} is {@code name}); the message is the bundle key the constraint's message names
 * ({@code {calendar.error.endBeforeStart}}), or {@code validation.<Constraint>} for the standard ones, with the
 * limit the constraint sets as argument ({@code max} of a size, {@code value} of a bound, or the {@code arguments} a
 * constraint declares). It runs outside the validation interceptor (which has the priority
 * {@code PLATFORM_AFTER + 800}).
 */
@ValidatedInput
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER - 20)
public class InputRefusal {

    @AroundInvoke
    public Object refuse(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ConstraintViolationException e) {
            throw new InvalidException(problems(e));
        }
    }

    /** The violations as problems on their fields. */
    public static List<FieldProblem> problems(ConstraintViolationException refused) {
        return problems(refused.getConstraintViolations());
    }

    /**
     * Violations as problems on their fields, in the order of the fields of the record they concern (a form's order,
     * as its record lists them), then of their paths.
     */
    public static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted(Comparator.<ConstraintViolation<?>>comparingInt(InputRefusal::position)
                        .thenComparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> new FieldProblem(field(violation.getPropertyPath()), messageKey(violation),
                        arguments(violation)))
                .toList();
    }

    private static int position(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        String field = field(violation.getPropertyPath());
        if (bean != null && bean.getClass().isRecord()) {
            RecordComponent[] components = bean.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(field)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String field(Path path) {
        String field = null;
        for (Path.Node node : path) {
            field = node.getName();
        }
        return field;
    }

    static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.validation.")
                && !template.startsWith("{org.hibernate.")) {
            return template.substring(1, template.length() - 1);
        }
        return "validation." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /**
     * The arguments of a violation's message: a constraint's own {@code arguments} where it declares them (a rule of
     * several fields, {@code calendar.boundary.ConsistentEvent}), else the limit it sets.
     */
    private static Object[] arguments(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (attributes.get("arguments") instanceof int[] arguments) {
            return Arrays.stream(arguments).boxed().toArray();
        }
        for (String limit : new String[] {"max", "value"}) {
            if (attributes.get(limit) instanceof Number number) {
                return new Object[] {number};
            }
        }
        return new Object[0];
    }
}
