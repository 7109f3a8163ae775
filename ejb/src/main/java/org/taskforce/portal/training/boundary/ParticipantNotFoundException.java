package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No such participant in this task force (another task force's is answered the same way). */
public class ParticipantNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ParticipantNotFoundException() {
        super("No such participant in this task force (another task force's is answered the same way).", "participant.error.notFound");
    }
}
