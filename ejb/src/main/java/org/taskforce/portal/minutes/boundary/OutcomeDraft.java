package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.taskforce.portal.minutes.entity.Outcome;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.taskforce.entity.Agency;

/**
 * An outcome of an agenda item: its kind and text; for an {@code ACTION} also its owner (a member of the task force,
 * or one of its agencies by code: exactly one) and its due date (not before the meeting). The service refuses an
 * action without owner or date, and ignores both for the other kinds.
 */
public record OutcomeDraft(@NotNull OutcomeKind kind,
        @NotBlank @Size(max = Outcome.TEXT_LENGTH) @PlainText String text,
        Long ownerMemberId, @Size(max = Agency.CODE_LENGTH) String ownerAgencyCode, LocalDate dueOn) {

    public OutcomeDraft {
        text = text == null ? null : text.strip();
        ownerAgencyCode = ownerAgencyCode == null || ownerAgencyCode.isBlank() ? null : ownerAgencyCode.strip();
        if (kind != OutcomeKind.ACTION) {
            ownerMemberId = null;
            ownerAgencyCode = null;
            dueOn = null;
        }
    }
}
