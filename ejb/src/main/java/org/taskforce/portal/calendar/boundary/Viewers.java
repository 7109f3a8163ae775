package org.taskforce.portal.calendar.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.CurrentMember;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * Works out the {@link Viewer} of a request: the signed-in person ({@link CurrentActor}, their profile through
 * {@link CurrentMember}) and whether they coordinate the current task force ({@link CurrentTaskForce}; coordinating
 * another one does not count here).
 */
@Dependent
class Viewers {

    @Inject
    CurrentMember currentMember;

    @Inject
    CurrentTaskForce currentTaskForce;

    /** The viewer of this request, from the profile read once per request ({@link CurrentMember}). */
    Viewer current() {
        return of(currentMember.profile(), currentTaskForce.coordinating());
    }

    /** The person's profile as read in this transaction: to change it, or to link a record to them. */
    MemberProfile profile() {
        return currentMember.inThisTransaction();
    }

    static Viewer of(MemberProfile profile, boolean coordinator) {
        return new Viewer(profile.getId(), profile.getAgencyCode(), coordinator, profile.getZone());
    }
}
