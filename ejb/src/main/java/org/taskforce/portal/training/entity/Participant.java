package org.taskforce.portal.training.entity;

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
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A person a task force trains (or who teaches), with or without a portal account: one per person per task force,
 * however many trainings they take. Their agency is one of the task force's {@link Agency agencies} or an outside one
 * named with its type. {@link #normalise(String)} of the name (lower case, no accents, single spaces) is stored, so
 * that likely duplicates (same normalised name and agency, or same e-mail) are found by an index.
 */
@Entity
@Table(name = "participant")
public class Participant extends TaskForceOwned implements Versioned {

    public static final int NAME_LENGTH = 200;
    public static final int OUTSIDE_AGENCY_LENGTH = Agency.NAME_LENGTH;
    public static final int POSITION_LENGTH = 160;
    public static final int EMAIL_LENGTH = MemberProfile.EMAIL_LENGTH;
    public static final int ACCOUNT_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "normalised_name", nullable = false, length = NAME_LENGTH)
    private String normalisedName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "outside_agency_name", length = OUTSIDE_AGENCY_LENGTH)
    private String outsideAgencyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outside_agency_type", length = 32)
    private AgencyType outsideAgencyType;

    @Column(length = POSITION_LENGTH)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sex sex;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Column(length = ACCOUNT_LENGTH)
    private String account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Participant() {
        // for JPA
    }

    public Participant(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * A name as duplicates are compared: accents and case ignored, spaces collapsed ("  José  GÓMEZ" and "jose gomez"
     * are the same).
     */
    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** Sets who the person is; exactly one of {@code ownAgency} and {@code outsideName} is given. */
    public void describe(String newName, Agency ownAgency, String outsideName, AgencyType outsideType,
                         String newPosition, Sex newSex, String newEmail, String newAccount) {
        this.name = newName;
        this.normalisedName = normalise(newName);
        this.agency = ownAgency;
        this.outsideAgencyName = ownAgency == null ? outsideName : null;
        this.outsideAgencyType = ownAgency == null ? outsideType : null;
        this.position = newPosition;
        this.sex = newSex;
        this.email = newEmail;
        this.account = newAccount;
    }

    /** The type of the person's agency, their task force's or the outside one's. */
    public AgencyType agencyType() {
        return agency != null ? agency.getType() : outsideAgencyType;
    }

    /** The name of the person's agency, their task force's or the outside one's. */
    public String agencyName() {
        return agency != null ? agency.getName() : outsideAgencyName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNormalisedName() {
        return normalisedName;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getOutsideAgencyName() {
        return outsideAgencyName;
    }

    public AgencyType getOutsideAgencyType() {
        return outsideAgencyType;
    }

    public String getPosition() {
        return position;
    }

    public Sex getSex() {
        return sex;
    }

    public String getEmail() {
        return email;
    }

    public String getAccount() {
        return account;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
