package org.taskforce.portal.calendar.boundary;

/** Which occurrences of a series a change, a move or a cancellation applies to. */
public enum ChangeScope {
    /** Only the occurrence chosen. */
    THIS,
    /** The occurrence chosen and every later one: the series is split there. */
    THIS_AND_FOLLOWING,
    /** The whole series (or the single event). */
    ALL
}
