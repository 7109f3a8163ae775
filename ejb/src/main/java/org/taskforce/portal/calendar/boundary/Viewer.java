package org.taskforce.portal.calendar.boundary;

import java.time.ZoneId;
import java.util.Objects;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Visibility;

/**
 * The person looking at the calendar, as the services work it out themselves (from the signed-in caller, or from a
 * subscription token): never from anything the request says. Holds the visibility rules.
 *
 * @param coordinator whether the person coordinates the current task force (may change any event they see)
 */
record Viewer(long memberId, String agencyCode, boolean coordinator, ZoneId zone) {

    /**
     * Whether the person may see the event: everyone in the task force for {@code TASK_FORCE}, the organiser's agency
     * for {@code AGENCY}, and for {@code LISTED} (every operation) only the organiser and the people listed on it.
     */
    boolean sees(CalendarEvent event) {
        // The visibility first: who is listed is read (every attendee of the page's events, with their profiles) only
        // for the events it decides, operations and the events of other agencies (home page and month view, load
        // benchmark of issue 15: 9 % of a sign-in's CPU went into reading attendees that decided nothing).
        return event.getVisibility() == Visibility.TASK_FORCE
                || event.getVisibility() == Visibility.AGENCY && agencyCode != null
                        && agencyCode.equals(event.getAgencyCode())
                || event.isListed(memberId);
    }

    /** Whether the person may change or delete the event: its organiser, or a coordinator who sees it. */
    boolean mayChange(CalendarEvent event) {
        return sees(event) && (coordinator || Objects.equals(event.getOrganiser().getId(), memberId));
    }
}
