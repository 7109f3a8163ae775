package org.taskforce.portal.problem;

/**
 * The person may not do this: their roles or their place in the current task force do not allow it. The pages do not
 * offer such actions, so reaching one is mostly an attempt: a page answers 403, an action says it is not allowed.
 */
public non-sealed class NotAllowedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String logText, String messageKey, Object... arguments) {
        super(logText, messageKey, arguments);
    }
}
