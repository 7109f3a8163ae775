package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** The agency named is not one of the current task force's agencies; nothing was changed. */
@ApplicationException(rollback = true)
public class UnknownAgencyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAgencyException(String code) {
        super("No agency " + code + " in this task force");
    }
}
