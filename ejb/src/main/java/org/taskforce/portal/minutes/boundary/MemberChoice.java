package org.taskforce.portal.minutes.boundary;

/** A member of the task force as the minutes offer them (minute taker, attendee, an action's owner). */
public record MemberChoice(long id, String name, String agencyCode) {
}
