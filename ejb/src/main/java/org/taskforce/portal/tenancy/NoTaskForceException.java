package org.taskforce.portal.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * A call that needs a task force came without one. It is a programming error, not a person's mistake: the call is
 * refused and its transaction rolled back, so that nothing is read or written for no task force (or for all).
 */
@ApplicationException(rollback = true)
public class NoTaskForceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoTaskForceException() {
        super("no task force entered for this call");
    }
}
