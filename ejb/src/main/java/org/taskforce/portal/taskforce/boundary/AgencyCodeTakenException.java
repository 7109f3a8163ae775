package org.taskforce.portal.taskforce.boundary;

import jakarta.ejb.ApplicationException;

/** The task force already has an agency with this code; nothing was saved. */
@ApplicationException(rollback = true)
public class AgencyCodeTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgencyCodeTakenException(String code) {
        super("Agency code " + code + " is taken in this task force");
    }
}
