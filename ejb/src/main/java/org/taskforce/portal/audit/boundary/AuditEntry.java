package org.taskforce.portal.audit.boundary;

/**
 * One thing to record.
 *
 * @param taskForceId the task force whose chain it goes into, or {@code null} for what happens outside any (sign-in)
 * @param actor the Keycloak subject of who did it
 * @param recordType what kind of record it concerns ({@code null} for none), never its content
 * @param address the client address the request came from
 */
public record AuditEntry(Long taskForceId, String actor, String actorName, AuditAction action, String recordType,
        String recordId, String address, boolean allowed) {
}
