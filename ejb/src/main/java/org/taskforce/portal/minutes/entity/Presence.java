package org.taskforce.portal.minutes.entity;

/** Whether an expected member came. Screens name it through {@code minutes.presence.<NAME>}. */
public enum Presence {
    PRESENT,
    APOLOGISED;

    public String bundleKey() {
        return "minutes.presence." + name();
    }
}
