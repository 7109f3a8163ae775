package org.taskforce.portal.calendar.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * Works out the {@link Viewer} of a request: the signed-in person ({@link CurrentActor}) and whether they coordinate
 * the current task force ({@link CurrentTaskForce}; coordinating another one does not count here).
 */
@Dependent
class Viewers {

    @Inject
    CurrentActor actor;

    @Inject
    Members members;

    @Inject
    CurrentTaskForce currentTaskForce;

    Viewer current() {
        return of(profile(), currentTaskForce.coordinating());
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
