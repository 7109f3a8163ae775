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
 * home, load benchmark of issue 15). What it returns was read in an earlier transaction of the request: to change the
 * person, or to link a record to them, read the profile again in the transaction that writes.
 */
@RequestScoped
public class CurrentMember {

    @Inject
    CurrentActor actor;

    @Inject
    Members members;

    private MemberProfile profile;

    /**
     * The acting person's profile.
     *
     * @throws IllegalStateException when nobody acts, or the person has no profile (never signed in)
     */
    public MemberProfile profile() {
        String subject = actor.get().map(Actor::subject)
                .orElseThrow(() -> new IllegalStateException("This needs a signed-in person"));
        if (profile == null || !profile.getSubject().equals(subject)) {
            profile = members.find(subject)
                    .orElseThrow(() -> new IllegalStateException("No profile for the signed-in person"));
        }
        return profile;
    }
}
