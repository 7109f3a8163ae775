package org.taskforce.portal.provisioning.boundary;

import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;

/** The agency named is not one of the current task force's agencies; nothing was changed. */
public class UnknownAgencyException extends InvalidException {

    private static final long serialVersionUID = 1L;

    public UnknownAgencyException(String code) {
        super(new FieldProblem("agencyCode", "provisioning.error.agency"));
    }
}
