package org.taskforce.portal.taskforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A person who signs in to the portal. Keycloak is the source of truth for who they are; this row keeps what the
 * portal needs between sign-ins (display name, agency, chosen language) and is refreshed from the token each time.
 */
@Entity
@Table(name = "member_profile")
@NamedQuery(name = MemberProfile.BY_SUBJECT, query = "select p from MemberProfile p where p.subject = :subject")
public class MemberProfile {

    public static final String BY_SUBJECT = "MemberProfile.bySubject";

    public static final int SUBJECT_LENGTH = 64;
    public static final int USERNAME_LENGTH = 255;
    public static final int DISPLAY_NAME_LENGTH = 160;
    public static final int EMAIL_LENGTH = 254;
    /** A first or last name, as the portal asks for it to make a Keycloak account (which keeps the names). */
    public static final int NAME_PART_LENGTH = 80;
    public static final int LANGUAGE_LENGTH = 8;
    public static final String DEFAULT_TIME_ZONE = "America/Asuncion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = SUBJECT_LENGTH)
    @Column(nullable = false, unique = true, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = Agency.CODE_LENGTH)
    @Column(name = "agency_code", length = Agency.CODE_LENGTH)
    private String agencyCode;

    @NotBlank
    @Size(max = LANGUAGE_LENGTH)
    @Column(nullable = false, length = LANGUAGE_LENGTH)
    private String language = "es";

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    /** When the person's access was last taken away (see {@code Members.accessRevokedSince}). */
    @Column(name = "access_revoked_at")
    private OffsetDateTime accessRevokedAt;

    /** The person's own time zone: the calendar shows times in it. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = DEFAULT_TIME_ZONE;

    protected MemberProfile() {
        // for JPA
    }

    public MemberProfile(String subject) {
        this.subject = subject;
    }

    /**
     * Copies what the identity provider says about this person now. A display name longer than the portal keeps (first
     * and last names may each have 255 characters in Keycloak) is shortened, not refused: the person still gets in.
     */
    public void refresh(String username, String displayName, String email, String agencyCode, OffsetDateTime now) {
        this.username = username;
        this.displayName = shortened(displayName, DISPLAY_NAME_LENGTH);
        this.email = email;
        this.agencyCode = agencyCode;
        this.lastSignInAt = now;
    }

    /** The text cut to at most {@code length} characters, never between the two halves of a character. */
    static String shortened(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).strip();
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    public OffsetDateTime getAccessRevokedAt() {
        return accessRevokedAt;
    }

    public void revokeAccess(OffsetDateTime when) {
        accessRevokedAt = when;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public void setZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }
}
