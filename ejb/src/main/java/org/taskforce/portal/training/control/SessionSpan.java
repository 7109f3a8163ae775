package org.taskforce.portal.training.control;

import java.time.Duration;
import java.time.Instant;

/** One session of a training as the hours are computed from it: its id and when it starts and ends. */
public record SessionSpan(long sessionId, Instant startsAt, Instant endsAt) {

    /** Its length in whole minutes (the hours of a training come from its sessions). */
    public long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
