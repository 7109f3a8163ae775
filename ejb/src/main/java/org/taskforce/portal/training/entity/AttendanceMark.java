package org.taskforce.portal.training.entity;

/**
 * How a person attended one session. {@code PRESENT} counts the whole session, {@code ABSENT} and {@code EXCUSED}
 * nothing, {@code LATE} and {@code LEFT_EARLY} the minutes the coordinator enters. Screens name it through
 * {@code attendance.mark.<NAME>}.
 */
public enum AttendanceMark {
    PRESENT,
    LATE,
    LEFT_EARLY,
    ABSENT,
    EXCUSED;

    /** The message bundle key of this mark's display name. */
    public String bundleKey() {
        return "attendance.mark." + name();
    }
}
