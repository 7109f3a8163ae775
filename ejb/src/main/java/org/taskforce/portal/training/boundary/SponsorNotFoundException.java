package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No such sponsor. */
public class SponsorNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SponsorNotFoundException() {
        super("No such sponsor.", "training.error.sponsorNotFound");
    }
}
