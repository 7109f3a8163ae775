package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.training.entity.NominationDecision;

/** A liaison's decision on a nomination: approved, or declined with a reason (required then). */
public record DecisionDraft(boolean approved,
        @Size(max = NominationDecision.REASON_LENGTH) @PlainText String reason) {

    public DecisionDraft {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A refusal says why. */
    @AssertTrue(message = "{nomination.error.reasonRequired}")
    public boolean isReason() {
        return approved || reason != null;
    }
}
