package org.taskforce.portal.taskforce.entity;

/**
 * The kinds of agency that join a task force. Screens show them through the bundle key {@code agency.type.<NAME>}.
 */
public enum AgencyType {
    NATIONAL_POLICE,
    PROSECUTOR,
    MIGRATION,
    LABOUR,
    WOMEN_MINISTRY,
    CHILDREN_MINISTRY,
    VICTIM_SERVICES,
    NGO,
    FAITH_BASED,
    OTHER;

    /** The message bundle key of this type's display name. */
    public String bundleKey() {
        return "agency.type." + name();
    }
}
