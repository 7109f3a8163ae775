package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.MinutesState;

/** A meeting in the task force's list, as the reader may see it. */
public record MeetingRow(long id, String title, String location, OffsetDateTime startsAt,
        MeetingVisibility visibility, MinutesState state, String minuteTaker, long items) {

    /** Whether only some agencies see it. */
    public boolean restricted() {
        return visibility == MeetingVisibility.AGENCIES;
    }
}
