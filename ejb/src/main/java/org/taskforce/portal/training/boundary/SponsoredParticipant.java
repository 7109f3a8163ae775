package org.taskforce.portal.training.boundary;

import java.util.Map;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * One nomination of a training the liaison's sponsor funds, with the person by name (the sponsor approves people by
 * name), their agency, position and sex, where the nomination stands, and their attendance: the mark and the minutes
 * it credits per session id, and the minutes over all sessions (confirmed people only attend).
 */
public record SponsoredParticipant(long nominationId, long participantId, String name, String agencyName,
        String agencyType, String position, String sex, String nominationState, Map<Long, AttendanceMark> marks,
        Map<Long, Long> sessionMinutes, long minutesAttended, boolean completed) {

    public SponsoredParticipant {
        marks = Map.copyOf(marks);
        sessionMinutes = Map.copyOf(sessionMinutes);
    }

    /** Hours attended, to one decimal. */
    public double hours() {
        return Math.round(minutesAttended / 6.0) / 10.0;
    }

    /** The mark of a session, or {@code null} where none was recorded. */
    public AttendanceMark mark(long sessionId) {
        return marks.get(sessionId);
    }
}
