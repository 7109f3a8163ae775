package org.taskforce.portal.minutes.boundary;

/** One task force's meetings of one month ({@code YYYY-MM}), for the national overview ({@code minutes_figures()}). */
public record MinutesFigure(String taskForceName, String month, long meetingsHeld, long decisions, long actions,
        long actionsOpen, long actionsOverdue, long actionsDone, long actionsDropped) {
}
