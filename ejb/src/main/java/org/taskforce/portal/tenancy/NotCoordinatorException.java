package org.taskforce.portal.tenancy;

import org.taskforce.portal.problem.NotAllowedException;

/**
 * A coordinators' action was asked for by someone who does not coordinate the current task force (they may coordinate
 * another one). The pages do not offer these actions to them, so this is an attempt, not a mistake: the call is
 * refused, its transaction rolled back; a page answers 403, an action says it is not allowed.
 */
public class NotCoordinatorException extends NotAllowedException {

    private static final long serialVersionUID = 1L;

    public NotCoordinatorException() {
        super("only the coordinators of the current task force may do this", "error.notCoordinator");
    }
}
