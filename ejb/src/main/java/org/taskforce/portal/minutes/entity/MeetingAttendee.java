package org.taskforce.portal.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A member expected at a meeting: present or apologised, with the agency they came for, as it was then. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private MemberProfile member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Presence presence;

    @Column(name = "agency_code", length = Agency.CODE_LENGTH)
    private String agencyCode;

    protected MeetingAttendee() {
        // for JPA
    }

    public MeetingAttendee(Meeting meeting, MemberProfile member, Presence presence, String agencyCode) {
        this.meeting = meeting;
        this.member = member;
        this.presence = presence;
        this.agencyCode = agencyCode;
    }

    void mark(Presence newPresence, String newAgencyCode) {
        presence = newPresence;
        agencyCode = newAgencyCode;
    }

    public Long getId() {
        return id;
    }

    public MemberProfile getMember() {
        return member;
    }

    public Presence getPresence() {
        return presence;
    }

    public String getAgencyCode() {
        return agencyCode;
    }
}
