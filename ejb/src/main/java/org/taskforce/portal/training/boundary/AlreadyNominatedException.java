package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The person is nominated for this training already; nothing was saved. */
public class AlreadyNominatedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AlreadyNominatedException() {
        super("The person is nominated for this training already; nothing was saved.", "nomination.error.already");
    }
}
