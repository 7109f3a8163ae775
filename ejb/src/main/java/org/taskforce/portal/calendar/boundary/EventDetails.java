package org.taskforce.portal.calendar.boundary;

import java.util.List;

/**
 * An event as the dialog shows it: its draft (times in the event's own zone), who is listed, who organised it and
 * whether this person may change it.
 */
public record EventDetails(long id, String uid, int sequence, EventDraft draft, List<MemberOption> attendees,
        String organiser, boolean editable) {
}
