package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.taskforce.portal.calendar.entity.CalendarSubscription;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The signed-in person's secret iCal subscription to the current task force's calendar. The token is shown once,
 * when it is made; the portal keeps only its SHA-256 ({@link CalendarFeeds#hash}). Making a new one revokes the old.
 */
@Stateless
@TaskForceBound
public class CalendarSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Viewers viewers;

    /** The person's live subscription, if any. */
    public Optional<SubscriptionStatus> mine() {
        return active(viewers.profile())
                .map(subscription -> new SubscriptionStatus(subscription.getCreatedAt(),
                        subscription.getLastUsedAt()));
    }

    /** Revokes the live subscription, if any, and makes a new one; returns its secret token (256 random bits). */
    public String regenerate() {
        MemberProfile member = viewers.profile();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        active(member).ifPresent(old -> old.revoke(now));
        em.flush();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new CalendarSubscription(member, CalendarFeeds.hash(token), now));
        return token;
    }

    /** Revokes the live subscription: its URL answers 404 from now on. */
    public void revoke() {
        active(viewers.profile()).ifPresent(subscription -> subscription.revoke(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private Optional<CalendarSubscription> active(MemberProfile member) {
        return em.createNamedQuery(CalendarSubscription.ACTIVE_OF_MEMBER, CalendarSubscription.class)
                .setParameter("member", member.getId())
                .getResultStream()
                .findFirst();
    }
}
