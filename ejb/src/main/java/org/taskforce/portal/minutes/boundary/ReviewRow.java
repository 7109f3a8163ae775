package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;
import org.taskforce.portal.minutes.entity.ActionState;

/** One step of an action's history: what a meeting said of it, who recorded it, and when. */
public record ReviewRow(long meetingId, String meetingTitle, OffsetDateTime meetingStartsAt, ActionState state,
        String note, String reviewedBy, OffsetDateTime reviewedAt) {
}
