package org.taskforce.portal.taskforce.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/**
 * The profile of the person acting in this request ({@link CurrentActor}), read once per request and person (a
 * request that acts for someone else reads theirs), for the features' rules of who sees what: the calendar's viewer,
 * the minutes' reader. A page that asks two features was reading it once for each, in one transaction (the task force
 * home, load benchmark of issue 15). What {@link #profile()} returns may have been read in an earlier transaction of
 * the request: to change the person, or to link a record to them, take {@link #inThisTransaction()} in the
 * transaction that writes.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    CurrentActor actor;

    @Inject
    Members members;

    private MemberProfile profile;

    /**
     * The acting person's profile, as read the first time this request asked (or afresh when the request acts for
     * someone else by now).
     *
     * @throws IllegalStateException when nobody acts, or the person has no profile (never signed in)
     */
    public MemberProfile profile() {
        String subject = subject();
        if (profile == null || !profile.getSubject().equals(subject)) {
            profile = read(subject);
        }
        return profile;
    }

    /**
     * The acting person's profile read again in the caller's transaction: to change it, or to link a record to them
     * (the one {@link #profile()} returns may belong to an earlier transaction of the request, detached).
     *
     * @throws IllegalStateException when nobody acts, or the person has no profile (never signed in)
     */
    public MemberProfile inThisTransaction() {
        profile = read(subject());
        return profile;
    }

    private String subject() {
        return actor.get().map(Actor::subject)
                .orElseThrow(() -> new IllegalStateException("This needs a signed-in person"));
    }

    private MemberProfile read(String subject) {
        return members.find(subject)
                .orElseThrow(() -> new IllegalStateException("No profile for the signed-in person"));
    }
}
