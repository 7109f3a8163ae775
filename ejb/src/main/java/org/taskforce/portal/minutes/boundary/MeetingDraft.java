package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.problem.PlainText;

/**
 * A meeting as a person describes it: what, when (local times in {@code zone}) and where, who takes the minutes
 * ({@code null}: the person themselves), and who sees it: the whole task force, or only the agencies listed (by code;
 * ignored for the whole task force).
 */
public record MeetingDraft(@NotBlank @Size(max = Meeting.TITLE_LENGTH) @PlainText String title,
        @Size(max = Meeting.LOCATION_LENGTH) @PlainText String location,
        @NotNull LocalDateTime start, @NotNull LocalDateTime end, ZoneId zone, Long minuteTakerId,
        @NotNull MeetingVisibility visibility, Set<String> agencyCodes) {

    public MeetingDraft {
        title = title == null ? null : title.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        agencyCodes = agencyCodes == null || visibility != MeetingVisibility.AGENCIES ? Set.of()
                : Set.copyOf(new TreeSet<>(agencyCodes));
    }
}
