package org.taskforce.portal.calendar.boundary;

import java.time.ZonedDateTime;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;

/**
 * One occurrence of an event as a member sees it, in the member's own time zone.
 *
 * @param originalStart where the series' rule puts this occurrence (its RECURRENCE-ID): what a change or a
 *     cancellation of this one occurrence names; {@code null} for an event that does not repeat
 * @param editable whether this person may change it (its organiser, or a coordinator)
 */
public record Occurrence(long eventId, String title, String location, Category category, Visibility visibility,
        boolean allDay, ZonedDateTime start, ZonedDateTime end, ZonedDateTime originalStart, boolean recurring,
        boolean editable) {

    /** A key for this occurrence, unique in a calendar view: the event id and, in a series, its original start. */
    public String key() {
        return originalStart == null ? Long.toString(eventId)
                : eventId + "@" + originalStart.toInstant().getEpochSecond();
    }
}
