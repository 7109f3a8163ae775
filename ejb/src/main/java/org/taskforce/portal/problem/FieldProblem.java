package org.taskforce.portal.problem;

import java.util.List;

/**
 * What is wrong with one field of what a person entered or imported: the field ({@code title}, {@code end}…, as the
 * form's component id and the input record's component), the key of the message in the portal's bundles, and its
 * arguments.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
