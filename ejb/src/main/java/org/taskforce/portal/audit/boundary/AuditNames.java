package org.taskforce.portal.audit.boundary;

import java.io.Serializable;
import java.util.Map;
import org.taskforce.portal.audit.entity.AuditEvent;

/**
 * What a page of the audit trail shows instead of technical ids: each actor's name as every other page shows it, and
 * each record's name, as {@link RecordNames} give them.
 *
 * @param people the display names of the actors, by Keycloak subject
 * @param records the names of the records, by {@link #key(String, String) type and id}
 */
public record AuditNames(Map<String, String> people, Map<String, String> records) implements Serializable {

    /** The actor's name: the person's display name, else the name the trail recorded (a process, a former member). */
    public String actor(AuditEvent event) {
        return people.getOrDefault(event.getActor(), event.getActorName());
    }

    /** The record's name, or {@code null} when it has none or none that may be shown. */
    public String record(AuditEvent event) {
        return records.get(key(event.getRecordType(), event.getRecordId()));
    }

    static String key(String recordType, String recordId) {
        return recordType + ' ' + recordId;
    }
}
