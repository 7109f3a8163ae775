package org.taskforce.portal.audit.boundary;

/** What an audit event records. Screens show them through the bundle key {@code audit.action.<NAME>}. */
public enum AuditAction {
    SIGN_IN,
    /** A row of a task-force-owned table was inserted: recorded by the database's audit trigger (V4). */
    RECORD_CREATED,
    /** A row of a task-force-owned table was updated (audit trigger). */
    RECORD_CHANGED,
    /** A row of a task-force-owned table was deleted (audit trigger). */
    RECORD_DELETED,
    TASK_FORCE_ENTERED,
    ACCESS_DENIED;

    public String bundleKey() {
        return "audit.action." + name();
    }
}
