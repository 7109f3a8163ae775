package org.taskforce.portal.taskforce.boundary;

/** One line of the national list of task forces. */
public record TaskForceSummary(String slug, String name, String department, String city, long members,
        long agencies) {
}
