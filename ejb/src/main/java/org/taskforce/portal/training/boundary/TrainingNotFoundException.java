package org.taskforce.portal.training.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No such training in this task force (another task force's is answered the same way). */
public class TrainingNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TrainingNotFoundException() {
        super("No such training in this task force (another task force's is answered the same way).", "training.error.notFound");
    }
}
