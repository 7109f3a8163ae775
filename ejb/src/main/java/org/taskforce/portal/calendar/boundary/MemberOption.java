package org.taskforce.portal.calendar.boundary;

/** A member of the task force who can be listed on an event. */
public record MemberOption(long memberId, String displayName, String agencyCode) {
}
