package org.taskforce.portal.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a reader of the audit trail asks for: the events since a moment, optionally only those whose action or actor
 * match a text. The trail grows by some 20,000 events a year in a busy task force, so the page opens on recent years
 * (the reader asks for earlier ones) and a search or a count costs the period's events, not the task force's whole
 * history (load benchmark, issue 15).
 *
 * @param text what the reader typed (person or action), {@code null} or blank for every event
 * @param since the first moment of the period, {@code null} for the whole trail
 */
public record AuditSearch(String text, Instant since) implements Serializable {

    /** Every event of the trail, from its first. */
    public static AuditSearch all() {
        return new AuditSearch(null, null);
    }

    /** The events of the whole trail that match {@code text}. */
    public static AuditSearch matching(String text) {
        return new AuditSearch(text, null);
    }

    /** Whether only events that match a text are asked for. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
