package org.taskforce.portal.training.entity;

/**
 * A participant's sex, for the disaggregated figures sponsors ask for; a person may choose not to state it. Screens
 * name it through {@code participant.sex.<NAME>}.
 */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    NOT_STATED;

    /** The message bundle key of this value's display name. */
    public String bundleKey() {
        return "participant.sex." + name();
    }
}
