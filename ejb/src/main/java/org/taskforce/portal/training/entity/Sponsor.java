package org.taskforce.portal.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.taskforce.portal.database.Versioned;

/**
 * Who funds trainings (the U.S. Department of State, the OAS, the Ministry of Women): a national reference list kept
 * by national coordinators, not owned by any task force. Its {@link #getCode() code} is what a liaison's token
 * carries in its {@code sponsor} attribute. A sponsor that {@link #approvesAttendees() approves attendees} has each
 * nominee of the trainings it funds wait for one of its liaisons.
 */
@Entity
@Table(name = "sponsor")
public class Sponsor implements Versioned {

    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 160;
    /** What a code looks like: upper-case letters and digits in dash-separated words (US-STATE, OAS). */
    public static final String CODE_PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "approves_attendees", nullable = false)
    private boolean approvesAttendees;

    @Version
    private int version;

    protected Sponsor() {
        // for JPA
    }

    public Sponsor(String code, String name, boolean approvesAttendees) {
        this.code = code;
        this.name = name;
        this.approvesAttendees = approvesAttendees;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean approvesAttendees() {
        return approvesAttendees;
    }

    @Override
    public int getVersion() {
        return version;
    }

    /** Renames the sponsor or changes whether it approves attendees; its code, which tokens carry, stays. */
    public void change(String newName, boolean newApprovesAttendees) {
        this.name = newName;
        this.approvesAttendees = newApprovesAttendees;
    }
}
