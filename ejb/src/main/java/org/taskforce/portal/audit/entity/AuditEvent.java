package org.taskforce.portal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.ReadOnly;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * An audit event as a task force's coordinators read it. Read-only: events are only ever appended, through the
 * database function {@code audit_append}.
 */
@Entity
@ReadOnly
@Table(name = "audit_event")
public class AuditEvent extends TaskForceOwned {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    private String address;

    private String outcome;

    protected AuditEvent() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getAddress() {
        return address;
    }

    public String getOutcome() {
        return outcome;
    }
}
