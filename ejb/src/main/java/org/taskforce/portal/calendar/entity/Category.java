package org.taskforce.portal.calendar.entity;

/**
 * What an event is; the calendar shows each in its own colour, with a legend, and names it through the bundle key
 * {@code calendar.category.<NAME>} (in feeds too).
 */
public enum Category {
    MEETING, TRAINING,
    /** A raid, a rescue: only ever seen by the people listed on it, and never in a feed. */
    OPERATION,
    OUTREACH, OTHER;

    /** The message bundle key of this category's name. */
    public String bundleKey() {
        return "calendar.category." + name();
    }
}
