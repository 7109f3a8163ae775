package org.taskforce.portal.problem;

import java.util.List;

/**
 * What was entered cannot be used as it is; every problem found is named on its field. Nothing was written, and the
 * form stays open with what was typed.
 */
public non-sealed class InvalidException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString(),
                problems.isEmpty() ? "validation.invalid" : problems.get(0).messageKey(),
                problems.isEmpty() ? new Object[0] : problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public InvalidException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** Every problem, in the order of the form's fields. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
