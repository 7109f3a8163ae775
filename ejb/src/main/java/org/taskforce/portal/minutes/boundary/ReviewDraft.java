package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.minutes.entity.ActionReview;
import org.taskforce.portal.minutes.entity.ActionState;
import org.taskforce.portal.problem.PlainText;

/**
 * A meeting's word on an open action of an earlier meeting: done, kept open (with a note on how it goes), or dropped
 * (with the reason, which the service requires).
 */
public record ReviewDraft(@NotNull ActionState state,
        @Size(max = ActionReview.NOTE_LENGTH) @PlainText String note) {

    public ReviewDraft {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
