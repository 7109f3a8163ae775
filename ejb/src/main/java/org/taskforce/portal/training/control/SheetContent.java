package org.taskforce.portal.training.control;

import java.util.List;

/**
 * What {@link SignInSheets#read} found in a file: the rows it could read, every problem, and the encoding it read the
 * file in (a sheet saved by Excel in Windows-1252 says so in the preview). Nothing is imported while {@code problems}
 * is not empty.
 */
public record SheetContent(List<SheetRow> rows, List<SheetProblem> problems, String encoding) {

    public SheetContent {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the whole sheet can be imported. */
    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
