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
    ACCESS_DENIED,
    /** A national coordinator created the task force (first event of its chain). */
    TASK_FORCE_CREATED,
    /** A national coordinator archived the task force. */
    TASK_FORCE_ARCHIVED,
    /** A national coordinator appointed a coordinator of the task force. */
    COORDINATOR_APPOINTED,
    /** A national coordinator took the coordinator role away from a person of the task force. */
    COORDINATOR_DISMISSED,
    /** A coordinator invited a person (a new account, or an existing one added to the task force). */
    MEMBER_INVITED,
    /** A coordinator changed a person's agency or coordinator role. */
    MEMBER_CHANGED,
    /** A coordinator removed a person from the task force. */
    MEMBER_REMOVED,
    /** A coordinator disabled a person's account. */
    ACCOUNT_DISABLED,
    /**
     * A sponsor's liaison read the names of the task force's nominees waiting for their sponsor's decision (written by
     * {@code sponsor_waiting_nominations}, V9.1).
     */
    LIAISON_READ_NOMINEES,
    /**
     * A sponsor's liaison read the participants of one of the task force's trainings, by name, with their attendance
     * (written by {@code sponsor_training_participants}, V11).
     */
    LIAISON_READ_PARTICIPANTS,
    /**
     * A sponsor's liaison downloaded an attendance report naming the participants of one of the task force's trainings
     * (written by {@code sponsor_attendance_report}, V11).
     */
    LIAISON_READ_ATTENDANCE;

    public String bundleKey() {
        return "audit.action." + name();
    }
}
