package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The nomination was decided already (or no longer waits); nothing was saved. */
public class AlreadyDecidedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AlreadyDecidedException() {
        super("The nomination was decided already (or no longer waits); nothing was saved.", "nomination.error.decided");
    }
}
