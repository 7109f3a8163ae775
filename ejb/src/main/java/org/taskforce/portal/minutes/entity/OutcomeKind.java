package org.taskforce.portal.minutes.entity;

/**
 * What came of an agenda item: something noted ({@code INFORMATION}), something agreed ({@code DECISION}), or
 * something someone is to do ({@code ACTION}, with an owner and a due date: a {@link MeetingAction}). Screens name it
 * through {@code minutes.outcome.<NAME>}.
 */
public enum OutcomeKind {
    INFORMATION,
    DECISION,
    ACTION;

    public String bundleKey() {
        return "minutes.outcome." + name();
    }
}
