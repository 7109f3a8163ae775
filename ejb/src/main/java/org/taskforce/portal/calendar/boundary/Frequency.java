package org.taskforce.portal.calendar.boundary;

/** How often a series repeats: the RFC 5545 {@code FREQ} values the calendar offers. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY, YEARLY
}
