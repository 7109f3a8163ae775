package org.taskforce.portal.training.entity;

/**
 * What a training is: an awareness talk, a specialised course, a Train the Trainer course (whoever completes it is a
 * certified trainer) or a replication given by such trainers. Screens name it through {@code training.kind.<NAME>}.
 */
public enum TrainingKind {
    AWARENESS,
    SPECIALISED,
    TRAIN_THE_TRAINER,
    REPLICATION;

    /** The message bundle key of this kind's display name. */
    public String bundleKey() {
        return "training.kind." + name();
    }
}
