package org.taskforce.portal.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * An approved revision of a meeting's minutes, as text, written once when it was approved and never changed: a
 * correction after approval makes the next revision, and this one stays readable and comparable.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String content;

    @Column(name = "approved_by", nullable = false, updatable = false, length = Meeting.ACTOR_LENGTH)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private OffsetDateTime approvedAt;

    protected MinutesVersion() {
        // for JPA
    }

    public MinutesVersion(Meeting meeting, String content, String approvedBy, OffsetDateTime approvedAt) {
        this.meeting = meeting;
        this.revision = meeting.getRevision();
        this.content = content;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public int getRevision() {
        return revision;
    }

    public String getContent() {
        return content;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }
}
