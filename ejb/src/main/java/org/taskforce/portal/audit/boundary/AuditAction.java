package org.taskforce.portal.audit.boundary;

/** What an audit event records. Screens show them through the bundle key {@code audit.action.<NAME>}. */
public enum AuditAction {
    SIGN_IN,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_REMOVED,
    TASK_FORCE_ENTERED,
    ACCESS_DENIED;

    public String bundleKey() {
        return "audit.action." + name();
    }
}
