package org.taskforce.portal.training.entity;

/**
 * Where a nomination stands: {@code NOMINATED} (no sponsor of the training approves attendees, waiting for nothing
 * but the coordinator's confirmation), {@code AWAITING_APPROVAL} (a sponsor that approves attendees has not decided),
 * then {@code CONFIRMED} (only confirmed people attend) or {@code DECLINED}; {@code WITHDRAWN} by a coordinator.
 * Screens name it through {@code nomination.state.<NAME>}.
 */
public enum NominationState {
    NOMINATED,
    AWAITING_APPROVAL,
    CONFIRMED,
    DECLINED,
    WITHDRAWN;

    /** The message bundle key of this state's display name. */
    public String bundleKey() {
        return "nomination.state." + name();
    }

    /** Whether the nomination takes one of the training's places (everything but declined and withdrawn). */
    public boolean takesAPlace() {
        return this != DECLINED && this != WITHDRAWN;
    }
}
