package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The training is cancelled; nothing was saved. */
public class TrainingCancelledException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public TrainingCancelledException() {
        super("The training is cancelled; nothing was saved.", "training.error.cancelled");
    }
}
