package org.taskforce.portal.minutes.boundary;

import org.taskforce.portal.minutes.entity.OutcomeKind;

/** An outcome of an agenda item; {@code action} for an ACTION, else {@code null}. */
public record OutcomeView(long id, OutcomeKind kind, String text, ActionRow action) {
}
