package org.taskforce.portal.calendar.boundary;

import static org.taskforce.portal.calendar.entity.CalendarEvent.DESCRIPTION_LENGTH;
import static org.taskforce.portal.calendar.entity.CalendarEvent.LOCATION_LENGTH;
import static org.taskforce.portal.calendar.entity.CalendarEvent.TITLE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.PlainText;

/**
 * An event as a person enters it (or as an imported file describes it): local times in a zone, and the rest of what
 * the event dialog asks. What each field must be is said by its constraints; what the fields must be together by
 * {@link ConsistentEvent}. {@code Calendars} checks both before it writes anything, and an import before it shows a
 * preview.
 *
 * @param start the first occurrence's start, in {@code zone}; for an all-day event its first day at midnight
 * @param end its end; for an all-day event, midnight of its last day (the dialog's "to" date, inclusive)
 * @param recurrence how it repeats, or {@code null}
 * @param attendeeIds the members listed on it (member profile ids)
 * @param reminderMinutes reminders, in minutes before each occurrence
 */
@ConsistentEvent
public record EventDraft(@NotBlank @Size(max = TITLE_LENGTH) @PlainText String title,
        @Size(max = DESCRIPTION_LENGTH) @PlainText String description,
        @Size(max = LOCATION_LENGTH) @PlainText String location, @NotNull Category category,
        @NotNull Visibility visibility, boolean allDay, @NotNull LocalDateTime start, @NotNull LocalDateTime end,
        ZoneId zone, Recurrence recurrence, Set<Long> attendeeIds, List<Integer> reminderMinutes) {

    /** The latest reminder offered: four weeks before. */
    public static final int MAX_REMINDER_MINUTES = 40_320;

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

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
