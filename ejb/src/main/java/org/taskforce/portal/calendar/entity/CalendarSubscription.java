package org.taskforce.portal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A member's secret iCal subscription in one task force. Only the SHA-256 of its token is stored; a revoked
 * subscription stays, for the audit trail, and answers no more.
 */
@Entity
@Table(name = "calendar_subscription")
@NamedQuery(name = CalendarSubscription.ACTIVE_OF_MEMBER, query = """
        select s from CalendarSubscription s where s.member.id = :member and s.revokedAt is null""")
public class CalendarSubscription extends TaskForceOwned {

    public static final String ACTIVE_OF_MEMBER = "CalendarSubscription.activeOfMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private MemberProfile member;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected CalendarSubscription() {
        // for JPA
    }

    public CalendarSubscription(MemberProfile member, String tokenHash, OffsetDateTime now) {
        this.member = member;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void revoke(OffsetDateTime now) {
        revokedAt = now;
    }

    /** Records a use of the feed, at most once an hour, so that a client polling often does not flood the audit. */
    public void used(OffsetDateTime now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusHours(1))) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public MemberProfile getMember() {
        return member;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
