package org.taskforce.portal.problem;

/**
 * The record does not exist, belongs to another task force, or is not for this person to see: the three look the same
 * from outside, on purpose. A page opened for it answers 404; an action on it says it is gone.
 */
public non-sealed class NotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String logText, String messageKey, Object... arguments) {
        super(logText, messageKey, arguments);
    }
}
