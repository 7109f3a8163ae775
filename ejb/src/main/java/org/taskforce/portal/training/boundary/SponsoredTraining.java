package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.taskforce.portal.training.control.SessionSpan;

/**
 * One training the liaison's sponsor funds, as the liaison's page shows it: what and where it is, its completion rule,
 * its sessions in order, and its participants by name with their attendance ({@link LiaisonDesk#training}).
 */
public record SponsoredTraining(long trainingId, String taskForceName, String title, String kind, String language,
        String venue, int capacity, int completionPercent, boolean cancelled, OffsetDateTime firstStart,
        OffsetDateTime lastEnd, List<SessionSpan> sessions, List<SponsoredParticipant> participants) {

    public SponsoredTraining {
        sessions = List.copyOf(sessions);
        participants = List.copyOf(participants);
    }

    /** The minutes of all its sessions. */
    public long trainingMinutes() {
        return sessions.stream().mapToLong(SessionSpan::minutes).sum();
    }
}
