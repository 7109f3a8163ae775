package org.taskforce.portal.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * A coordinators' action was asked for by someone who does not coordinate the current task force (they may coordinate
 * another one). The pages do not offer these actions to them, so this is an attempt, not a mistake: the call is
 * refused, its transaction rolled back, and the web layer answers 403.
 */
@ApplicationException(rollback = true)
public class NotCoordinatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotCoordinatorException() {
        super("only the coordinators of the current task force may do this");
    }
}
