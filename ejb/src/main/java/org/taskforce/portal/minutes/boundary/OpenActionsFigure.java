package org.taskforce.portal.minutes.boundary;

/**
 * The actions one task force still has open, and how many of them are overdue, whatever the date of the meeting that
 * agreed them ({@code minutes_open_actions()}; restricted meetings not counted).
 */
public record OpenActionsFigure(String taskForceName, long actionsOpen, long actionsOverdue) {
}
