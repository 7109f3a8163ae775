package org.taskforce.portal.minutes.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Objects;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.MinutesState;
import org.taskforce.portal.taskforce.boundary.CurrentMember;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * The person reading or writing minutes, worked out from the signed-in caller ({@link CurrentActor}) and whether they
 * coordinate the current task force: never from anything the request says. Holds the rules of who may see and who may
 * write a meeting's minutes; the queries apply the first themselves ({@link MinutesQueries#SEEN}). The profile is
 * read once per request and person ({@link CurrentMember}).
 */
@RequestScoped
public class MinutesReader {

    @Inject
    CurrentMember currentMember;

    @Inject
    CurrentTaskForce currentTaskForce;

    /** The signed-in person's profile ({@link CurrentMember}: read once per request). */
    public MemberProfile profile() {
        return currentMember.profile();
    }

    /** The reader's agency code as the queries take it ({@code ""} for none). */
    public String agency() {
        return MinutesQueries.agency(profile().getAgencyCode());
    }

    public long memberId() {
        return profile().getId();
    }

    public ZoneId zone() {
        return profile().getZone();
    }

    /** How the minutes name the person: their display name. */
    public String name() {
        return profile().getDisplayName();
    }

    public boolean coordinating() {
        return currentTaskForce.coordinating();
    }

    /** Whether the person sees the meeting (the same rule as {@link MinutesQueries#SEEN}). */
    public boolean sees(Meeting meeting) {
        return meeting.getVisibility() == MeetingVisibility.TASK_FORCE
                || meeting.getAgencyCodes().contains(agency());
    }

    /** Whether the person may write the minutes: their minute taker or a coordinator, while they are a draft. */
    public boolean mayWrite(Meeting meeting) {
        return meeting.getState() == MinutesState.DRAFT && isWriter(meeting);
    }

    /** Whether the person is one of the meeting's writers (its minute taker or a coordinator), whatever its state. */
    public boolean isWriter(Meeting meeting) {
        return sees(meeting) && (coordinating() || Objects.equals(meeting.getMinuteTaker().getId(), memberId()));
    }
}
