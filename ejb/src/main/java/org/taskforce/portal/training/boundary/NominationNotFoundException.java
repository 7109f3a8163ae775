package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No such nomination (for a liaison: none of their sponsor's that waits for them). */
public class NominationNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public NominationNotFoundException() {
        super("No such nomination (for a liaison: none of their sponsor's that waits for them).", "nomination.error.notFound");
    }
}
