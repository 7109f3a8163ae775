package org.taskforce.portal.problem;

import java.util.Optional;

/**
 * What was asked clashes with what is there now: a code or address already taken, a record someone else changed since
 * it was opened. Nothing was written; the form stays open with what was typed, the message on the field concerned
 * when there is one.
 */
public non-sealed class ConflictException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** A conflict about the whole record (changed by someone else meanwhile). */
    public ConflictException(String logText, String messageKey, Object... arguments) {
        this(logText, null, messageKey, arguments);
    }

    /**
     * A conflict about one field of the form.
     *
     * @param field the field's name, as the form's component id and the input record's component
     */
    public ConflictException(String logText, String field, String messageKey, Object... arguments) {
        super(logText, messageKey, arguments);
        this.field = field;
    }

    /** The field concerned, if the conflict is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
