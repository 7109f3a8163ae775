package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An event that cannot be saved as it is, with every problem found; nothing was written. */
@ApplicationException(rollback = true)
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidEventException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
