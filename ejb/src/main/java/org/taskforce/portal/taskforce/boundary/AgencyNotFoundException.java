package org.taskforce.portal.taskforce.boundary;

import jakarta.ejb.ApplicationException;

/** No agency with this id in the current task force (another task force's agency is answered the same way). */
@ApplicationException(rollback = true)
public class AgencyNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgencyNotFoundException() {
        super("No such agency in this task force");
    }
}
