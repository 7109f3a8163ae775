package org.taskforce.portal.minutes.entity;

/**
 * Where a meeting's minutes stand: {@code DRAFT} (the minute taker and the coordinators write them),
 * {@code CIRCULATED} (sent to the attendees for comment; no longer edited), {@code APPROVED} by a coordinator (final).
 * Screens name it through {@code minutes.state.<NAME>}.
 */
public enum MinutesState {
    DRAFT,
    CIRCULATED,
    APPROVED;

    public String bundleKey() {
        return "minutes.state." + name();
    }
}
