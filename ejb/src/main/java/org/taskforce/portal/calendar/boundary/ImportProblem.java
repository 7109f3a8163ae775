package org.taskforce.portal.calendar.boundary;

import java.util.List;

/**
 * A problem of an imported file: the event it concerns ({@code null} for the file as a whole), the line where that
 * event (or the error) begins, and the message key with its arguments.
 */
public record ImportProblem(String event, Integer line, String messageKey, List<Object> arguments) {

    public ImportProblem(String event, Integer line, String messageKey, Object... arguments) {
        this(event, line, messageKey, List.of(arguments));
    }
}
