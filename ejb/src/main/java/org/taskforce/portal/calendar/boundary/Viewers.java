package org.taskforce.portal.calendar.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/** Works out the {@link Viewer} of a request: the signed-in person ({@link CurrentActor}) and their role. */
@Dependent
class Viewers {

    /** The portal role that may change any event its holder can see. */
    static final String COORDINATOR = "coordinator";

    @Inject
    CurrentActor actor;

    @Inject
    Members members;

    @Inject
    SecurityContext security;

    Viewer current() {
        return of(profile(), security.isCallerInRole(COORDINATOR));
    }

    MemberProfile profile() {
        String subject = actor.get().map(Actor::subject)
                .orElseThrow(() -> new IllegalStateException("The calendar needs a signed-in person"));
        return members.find(subject)
                .orElseThrow(() -> new IllegalStateException("No profile for the signed-in person"));
    }

    static Viewer of(MemberProfile profile, boolean coordinator) {
        return new Viewer(profile.getId(), profile.getAgencyCode(), coordinator, profile.getZone());
    }
}
