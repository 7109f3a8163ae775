package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.taskforce.portal.minutes.boundary.OutcomeDraft;
import org.taskforce.portal.minutes.entity.Outcome;
import org.taskforce.portal.minutes.entity.OutcomeKind;

/** A new outcome of one agenda item (the outcome dialog): its kind and text, and an action's owner and due date. */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final String itemTitle;
    private OutcomeKind kind = OutcomeKind.DECISION;

    @Size(max = Outcome.TEXT_LENGTH)
    private String text;

    private Long ownerMemberId;
    private String ownerAgencyCode;
    private LocalDate dueOn;

    public OutcomeForm(long itemId, String itemTitle) {
        this.itemId = itemId;
        this.itemTitle = itemTitle;
    }

    public OutcomeDraft toDraft() {
        return new OutcomeDraft(kind, text, ownerMemberId, ownerAgencyCode, dueOn);
    }

    public long itemId() {
        return itemId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOwnerMemberId() {
        return ownerMemberId;
    }

    public void setOwnerMemberId(Long ownerMemberId) {
        this.ownerMemberId = ownerMemberId;
    }

    public String getOwnerAgencyCode() {
        return ownerAgencyCode;
    }

    public void setOwnerAgencyCode(String ownerAgencyCode) {
        this.ownerAgencyCode = ownerAgencyCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
