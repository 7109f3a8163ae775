package org.taskforce.portal.calendar.entity;

/** Who may see an event. Someone who may not see it cannot tell that it exists. */
public enum Visibility {
    /** Every member of the task force. */
    TASK_FORCE,
    /** The members of the organiser's agency. */
    AGENCY,
    /** The organiser and the members listed on the event. Operations are always listed. */
    LISTED
}
