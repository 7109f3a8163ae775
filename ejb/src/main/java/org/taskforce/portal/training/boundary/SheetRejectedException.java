package org.taskforce.portal.training.boundary;

import java.util.List;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.training.control.SheetProblem;

/**
 * A sign-in sheet that cannot be imported, with every problem by line and column; nothing of it was saved. Told on
 * the file's field as how many problems it has; the import page lists them.
 */
public class SheetRejectedException extends InvalidException {

    private static final long serialVersionUID = 1L;

    private final transient List<SheetProblem> sheetProblems;

    public SheetRejectedException(List<SheetProblem> problems) {
        super(new FieldProblem("file", "training.sheet.hasProblems", problems.size()));
        this.sheetProblems = List.copyOf(problems);
    }

    /** Every problem of the sheet, in the order of its lines. */
    public List<SheetProblem> sheetProblems() {
        return sheetProblems;
    }
}
