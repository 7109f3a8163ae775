package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A file that cannot be imported, with its problems; nothing of it was written. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problems in the file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
