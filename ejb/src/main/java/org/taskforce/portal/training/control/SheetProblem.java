package org.taskforce.portal.training.control;

import java.util.List;

/**
 * A problem of an imported sign-in sheet: the line of the file ({@code null} for the file as a whole), the column as
 * the file names it ({@code null} for the whole line or file), and the message key with its arguments.
 */
public record SheetProblem(Integer line, String column, String messageKey, List<Object> arguments) {

    public SheetProblem(Integer line, String column, String messageKey, Object... arguments) {
        this(line, column, messageKey, List.of(arguments));
    }
}
