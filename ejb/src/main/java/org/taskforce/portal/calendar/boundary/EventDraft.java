package org.taskforce.portal.calendar.boundary;

import static org.taskforce.portal.calendar.entity.CalendarEvent.DESCRIPTION_LENGTH;
import static org.taskforce.portal.calendar.entity.CalendarEvent.LOCATION_LENGTH;
import static org.taskforce.portal.calendar.entity.CalendarEvent.TITLE_LENGTH;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.FieldProblem;

/**
 * An event as a person enters it (or as an imported file describes it): local times in a zone, and the rest of what
 * the event dialog asks. {@link #problems()} says everything wrong with it at once, each naming its field.
 *
 * @param start the first occurrence's start, in {@code zone}; for an all-day event its first day at midnight
 * @param end its end; for an all-day event, midnight of its last day (the dialog's "to" date, inclusive)
 * @param recurrence how it repeats, or {@code null}
 * @param attendeeIds the members listed on it (member profile ids)
 * @param reminderMinutes reminders, in minutes before each occurrence
 */
public record EventDraft(String title, String description, String location, Category category,
        Visibility visibility, boolean allDay, LocalDateTime start, LocalDateTime end, ZoneId zone,
        Recurrence recurrence, Set<Long> attendeeIds, List<Integer> reminderMinutes) {

    /** The latest reminder offered: four weeks before. */
    public static final int MAX_REMINDER_MINUTES = 40_320;

    /** Markup: a tag, a comment or an entity's opening. Text fields take plain text only. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

    public EventDraft {
        title = trimmed(title);
        description = trimmed(description);
        location = trimmed(location);
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        reminderMinutes = reminderMinutes == null ? List.of() : List.copyOf(reminderMinutes);
        if (category == Category.OPERATION) {
            visibility = Visibility.LISTED; // an operation is only ever seen by the people listed on it
        }
    }

    /** Everything wrong with the draft, in the order of the dialog's fields; empty when it can be saved. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new FieldProblem("title", "calendar.error.required"));
        }
        text(problems, "title", title, TITLE_LENGTH);
        text(problems, "description", description, DESCRIPTION_LENGTH);
        text(problems, "location", location, LOCATION_LENGTH);
        if (category == null) {
            problems.add(new FieldProblem("category", "calendar.error.required"));
        }
        if (visibility == null) {
            problems.add(new FieldProblem("visibility", "calendar.error.required"));
        }
        if (start == null) {
            problems.add(new FieldProblem("start", "calendar.error.required"));
        }
        if (end == null) {
            problems.add(new FieldProblem("end", "calendar.error.required"));
        }
        if (start != null && end != null && (allDay ? end.toLocalDate().isBefore(start.toLocalDate())
                : !end.isAfter(start))) {
            problems.add(new FieldProblem("end", "calendar.error.endBeforeStart"));
        }
        if (recurrence != null) {
            repetition(problems);
        }
        for (Integer minutes : reminderMinutes) {
            if (minutes == null || minutes < 0 || minutes > MAX_REMINDER_MINUTES) {
                problems.add(new FieldProblem("reminders", "calendar.error.reminder", MAX_REMINDER_MINUTES / 1440));
            }
        }
        return problems;
    }

    private void repetition(List<FieldProblem> problems) {
        if (recurrence.frequency() == null) {
            problems.add(new FieldProblem("repeat", "calendar.error.required"));
        }
        if (recurrence.interval() < 1 || recurrence.interval() > 99) {
            problems.add(new FieldProblem("repeatInterval", "calendar.error.repeat.interval"));
        }
        if ((recurrence.until() == null) == (recurrence.count() == null)) {
            problems.add(new FieldProblem("repeatEnd", "calendar.error.repeat.unbounded"));
        } else if (recurrence.count() != null
                && (recurrence.count() < 1 || recurrence.count() > Recurrence.MAX_COUNT)) {
            problems.add(new FieldProblem("repeatEnd", "calendar.error.repeat.count", Recurrence.MAX_COUNT));
        } else if (recurrence.until() != null && start != null
                && recurrence.until().isBefore(start.toLocalDate())) {
            problems.add(new FieldProblem("repeatEnd", "calendar.error.repeat.untilBeforeStart"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "calendar.error.tooLong", maxLength));
        }
        if (MARKUP.matcher(value).find()) {
            problems.add(new FieldProblem(field, "calendar.error.markup"));
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
