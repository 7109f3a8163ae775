package org.taskforce.portal.taskforce.boundary;

import org.taskforce.portal.problem.ConflictException;

/** The task force already has an agency with this code; nothing was saved. */
public class AgencyCodeTakenException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public AgencyCodeTakenException(String code) {
        super("Agency code " + code + " is taken in this task force", "code", "agency.error.codeTaken");
    }
}
