package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The training has as many nominations as places; nothing was saved. */
public class TrainingFullException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** @param capacity the training's places, named in the message */
    public TrainingFullException(int capacity) {
        super("The training has as many nominations as places (" + capacity + "); nothing was saved.",
                "nomination.error.full", capacity);
    }
}
