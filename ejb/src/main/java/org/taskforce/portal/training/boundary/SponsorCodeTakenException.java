package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The sponsor code is taken; nothing was saved. */
public class SponsorCodeTakenException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public SponsorCodeTakenException() {
        super("The sponsor code is taken; nothing was saved.", "code", "training.error.sponsorCodeTaken");
    }
}
