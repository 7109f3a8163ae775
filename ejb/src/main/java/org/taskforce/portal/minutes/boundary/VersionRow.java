package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;

/** An approved revision of a meeting's minutes: which, by whom, when. */
public record VersionRow(int revision, String approvedBy, OffsetDateTime approvedAt) {
}
