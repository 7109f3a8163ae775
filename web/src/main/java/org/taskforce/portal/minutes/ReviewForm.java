package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.minutes.boundary.ReviewDraft;
import org.taskforce.portal.minutes.entity.ActionReview;
import org.taskforce.portal.minutes.entity.ActionState;

/** A meeting's word on an open action of an earlier meeting (the review dialog). */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long actionId;
    private final String what;
    private ActionState state = ActionState.DONE;

    @Size(max = ActionReview.NOTE_LENGTH)
    private String note;

    public ReviewForm(long actionId, String what) {
        this.actionId = actionId;
        this.what = what;
    }

    public ReviewDraft toDraft() {
        return new ReviewDraft(state, note);
    }

    public long actionId() {
        return actionId;
    }

    public String getWhat() {
        return what;
    }

    public ActionState getState() {
        return state;
    }

    public void setState(ActionState state) {
        this.state = state;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
