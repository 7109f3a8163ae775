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
import org.taskforce.portal.tenancy.TaskForceOwned;

/** Someone without a portal account who attended a meeting: a name and the agency they came from, as typed. */
@Entity
@Table(name = "meeting_guest")
public class MeetingGuest extends TaskForceOwned {

    public static final int NAME_LENGTH = 160;
    public static final int AGENCY_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "agency_name", length = AGENCY_LENGTH)
    private String agencyName;

    protected MeetingGuest() {
        // for JPA
    }

    public MeetingGuest(Meeting meeting, String name, String agencyName) {
        this.meeting = meeting;
        this.name = name;
        this.agencyName = agencyName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAgencyName() {
        return agencyName;
    }
}
