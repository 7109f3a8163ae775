package org.taskforce.portal.minutes.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.taskforce.portal.minutes.entity.MeetingGuest;
import org.taskforce.portal.minutes.entity.Presence;
import org.taskforce.portal.problem.PlainText;

/**
 * Who was at a meeting: the members expected, each present or apologised (their agency is taken from their profile),
 * and guests by name and agency.
 */
public record AttendanceDraft(@NotNull @Size(max = MAX) List<@NotNull @Valid Attendee> attendees,
        @NotNull @Size(max = MAX) List<@NotNull @Valid Guest> guests) {

    public static final int MAX = 200;

    public AttendanceDraft {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        guests = guests == null ? List.of() : List.copyOf(guests);
    }

    /** A member of the task force, by member profile id. */
    public record Attendee(long memberId, @NotNull Presence presence) {
    }

    /** A guest without an account. */
    public record Guest(@NotBlank @Size(max = MeetingGuest.NAME_LENGTH) @PlainText String name,
            @Size(max = MeetingGuest.AGENCY_LENGTH) @PlainText String agencyName) {

        public Guest {
            name = name == null ? null : name.strip();
            agencyName = agencyName == null || agencyName.isBlank() ? null : agencyName.strip();
        }
    }
}
