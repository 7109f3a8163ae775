package org.taskforce.portal.calendar.entity;

/** What an event is; the calendar shows each in its own colour, with a legend. */
public enum Category {
    MEETING, TRAINING,
    /** A raid, a rescue: only ever seen by the people listed on it, and never in a feed. */
    OPERATION,
    OUTREACH, OTHER
}
