package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.MinutesState;

/**
 * A meeting and its minutes as the reader may see them: the header (with the version its forms save over), who came,
 * the agenda with notes and outcomes, and the open actions of earlier meetings (those the reader sees).
 *
 * @param writable whether the reader may write these minutes now (the minute taker or a coordinator, on a draft)
 * @param agencyCodes the agencies that see a restricted meeting (empty for the whole task force)
 */
public record MeetingDetails(long id, int version, String title, String location, OffsetDateTime startsAt,
        OffsetDateTime endsAt, Long calendarEventId, long minuteTakerId, String minuteTaker,
        MeetingVisibility visibility, List<String> agencyCodes, MinutesState state, int revision, String updatedBy,
        OffsetDateTime updatedAt, boolean writable, boolean coordinating, List<AttendeeRow> attendees,
        List<AttendanceDraft.Guest> guests, List<ItemView> items, List<OpenAction> openActions) {

    public MeetingDetails {
        agencyCodes = List.copyOf(agencyCodes);
        attendees = List.copyOf(attendees);
        guests = List.copyOf(guests);
        items = List.copyOf(items);
        openActions = List.copyOf(openActions);
    }

    public boolean restricted() {
        return visibility == MeetingVisibility.AGENCIES;
    }
}
