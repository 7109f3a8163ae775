package org.taskforce.portal.minutes.entity;

/**
 * Who in the task force sees a meeting and everything of it (agenda, notes, outcomes, actions): every member, or only
 * the members of the agencies it lists. Someone who may not see a meeting cannot tell that it exists. Screens name it
 * through {@code minutes.visibility.<NAME>}.
 */
public enum MeetingVisibility {
    TASK_FORCE,
    AGENCIES;

    public String bundleKey() {
        return "minutes.visibility." + name();
    }
}
