package org.taskforce.portal.minutes.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.taskforce.portal.minutes.entity.ActionState;

/**
 * An action as lists and meetings show it: what, whose (a member's name, or an agency's), by when, where it stands,
 * the meeting it was agreed at, and its history across the meetings that reviewed it.
 *
 * @param owner the owner's name: a member's display name, or the agency's name
 * @param overdue open and due before today (in the reader's zone)
 */
public record ActionRow(long id, int version, String what, Long ownerMemberId, String ownerAgencyCode, String owner,
        LocalDate dueOn, ActionState state, boolean overdue, long meetingId, String meetingTitle,
        OffsetDateTime meetingStartsAt, List<ReviewRow> history) {

    public ActionRow {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The history as one line of text (for tables and exports). */
    public String historyText() {
        return String.join(" · ", history.stream().map(step -> step.meetingTitle() + ": " + step.state()
                + (step.note() == null ? "" : " (" + step.note() + ")")).toList());
    }
}
