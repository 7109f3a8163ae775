package org.taskforce.portal.calendar.boundary;

import java.util.List;

/**
 * What is wrong with an event as it was entered or imported: the field it concerns ({@code title}, {@code end},
 * {@code repeatEnd}…), the key of the message in the portal's bundles, and the message's arguments.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
