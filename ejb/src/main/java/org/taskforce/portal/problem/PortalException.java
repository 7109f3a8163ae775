package org.taskforce.portal.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal a person can understand and act on: the service did nothing (its transaction is rolled back) and says why
 * by the key of a message in the portal's bundles, with the message's arguments. Its four kinds tell the web layer how
 * to answer when nobody handles it closer: {@link NotFoundException} 404, {@link NotAllowedException} 403, {@link
 * ConflictException} and {@link InvalidException} a message on the form (or on one of its fields) that stays open.
 *
 * <p>The text is for the log only; people see the bundle's message in their language.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract sealed class PortalException extends RuntimeException
        permits NotFoundException, NotAllowedException, ConflictException, InvalidException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    protected PortalException(String logText, String messageKey, Object... arguments) {
        super(logText);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The key, in the portal's message bundles, of what to tell the person. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of that message ({@code {0}}, {@code {1}}…). */
    public List<Object> arguments() {
        return arguments;
    }
}
