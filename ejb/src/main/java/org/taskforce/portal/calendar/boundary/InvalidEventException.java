package org.taskforce.portal.calendar.boundary;

import java.util.List;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;

/** An event that cannot be saved as it is, with every problem found on its field; nothing was written. */
public class InvalidEventException extends InvalidException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(List<FieldProblem> problems) {
        super(problems);
    }
}
