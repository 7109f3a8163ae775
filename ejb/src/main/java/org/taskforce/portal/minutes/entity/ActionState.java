package org.taskforce.portal.minutes.entity;

/**
 * Where an action stands: {@code OPEN} until a later meeting marks it {@code DONE} or {@code DROPPED} (with a reason).
 * An open action appears in the "open actions" of every later meeting until then. Screens name it through
 * {@code minutes.action.state.<NAME>}.
 */
public enum ActionState {
    OPEN,
    DONE,
    DROPPED;

    public String bundleKey() {
        return "minutes.action.state." + name();
    }
}
