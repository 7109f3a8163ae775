package org.taskforce.portal.calendar.boundary;

import java.util.List;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;

/**
 * A file that cannot be imported, with its problems, each at its event and line; nothing of it was written. Told on the
 * file's field as how many problems it has; the import page lists them.
 */
public class ImportRejectedException extends InvalidException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> importProblems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(new FieldProblem("file", "calendar.import.hasProblems", problems.size()));
        this.importProblems = List.copyOf(problems);
    }

    /** Every problem of the file, in the order of its lines. */
    public List<ImportProblem> importProblems() {
        return importProblems;
    }
}
