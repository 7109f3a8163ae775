package org.taskforce.portal.minutes.boundary;

/** An agency of the task force as the minutes offer it (a restricted meeting's agencies, an action's owner). */
public record AgencyChoice(String code, String name) {
}
