package org.taskforce.portal.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.calendar.control.Feeds;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.CalendarSubscription;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.TaskForceBinding;

/**
 * The iCal feed behind a secret subscription URL. The URL names no task force and nobody is signed in: the token's
 * subscription (found through {@code calendar_subscription_by_token}, a narrow function that needs the token's hash)
 * gives the task force and the member, and the feed is then read inside that task force, as that member, with the
 * same visibility rules as the calendar screen, and written in the member's language (their profile's). Operations
 * are never in a feed.
 */
@Stateless
public class CalendarFeeds {

    /** A token as {@link CalendarSubscriptions#regenerate} makes them; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** The feed holds events that ended less than this many days ago, and everything after. */
    private static final int PAST_DAYS = 365;

    /** A row of {@code calendar_subscription_by_token}: the live subscription of a token. */
    private record Subscription(long subscriptionId, long tenantId, long memberId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskForceBinding taskForceBinding;

    /**
     * The feed of a live token; empty for a revoked, unknown or malformed one (the URL then answers 404).
     *
     * @param texts the portal's words (category names) in the member's language
     */
    @PermitAll
    public Optional<String> feed(String token, Texts texts) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Subscription> found = RecordQuery.of(em, Subscription.class, "calendar_subscription_by_token(?1)")
                .parameter(1, hash(token))
                .first();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Subscription subscription = found.get();
        MemberProfile member = em.find(MemberProfile.class, subscription.memberId());

        // From here on, the member reads their own task force's calendar like any request of theirs: the task force
        // is the one of the token's live subscription, which the member still belongs to.
        taskForceBinding.actFor(subscription.tenantId(), new Actor(member.getSubject(), member.getUsername(), null));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.find(CalendarSubscription.class, subscription.subscriptionId()).used(now);
        Viewer viewer = Viewers.of(member, false);
        List<CalendarEvent> events = em.createNamedQuery(CalendarEvent.VISIBLE_BETWEEN, CalendarEvent.class)
                .setParameter("from", now.minusDays(PAST_DAYS))
                .setParameter("to", now.plusYears(10))
                .setParameter("agency", member.getAgencyCode() == null ? "" : member.getAgencyCode())
                .setParameter("member", member.getId())
                .getResultStream()
                .filter(viewer::sees)
                .filter(event -> event.getCategory() != Category.OPERATION)
                .toList();
        return Optional.of(Feeds.write(em.find(TaskForce.class, subscription.tenantId()).getName(), events,
                Locale.forLanguageTag(member.getLanguage()), texts));
    }

    /** The SHA-256 of a token, in hex: all the database keeps of it. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
