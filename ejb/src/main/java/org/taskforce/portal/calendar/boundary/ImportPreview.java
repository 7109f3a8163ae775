package org.taskforce.portal.calendar.boundary;

import java.util.List;

/**
 * What an {@code .ics} file would add to the calendar, and what is wrong with it. A file with any problem imports
 * nothing.
 *
 * @param events the events read, in the file's order
 * @param problems each naming the event (its SUMMARY, or its position) and the line where it begins
 */
public record ImportPreview(List<EventDraft> events, List<ImportProblem> problems) {

    public ImportPreview {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !events.isEmpty();
    }
}
