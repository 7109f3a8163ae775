package org.taskforce.portal.minutes.boundary;

import org.taskforce.portal.minutes.entity.Presence;

/** A member expected at a meeting, with the agency they came for and whether they came. */
public record AttendeeRow(long memberId, String name, String agencyCode, Presence presence) {
}
