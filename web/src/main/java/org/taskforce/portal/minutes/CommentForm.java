package org.taskforce.portal.minutes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.taskforce.portal.minutes.boundary.CommentDraft;
import org.taskforce.portal.minutes.entity.CommentKind;
import org.taskforce.portal.minutes.entity.MinutesComment;

/** A comment or proposed correction on circulated minutes, as the meeting page's form takes it. */
public class CommentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long itemId;
    private CommentKind kind = CommentKind.COMMENT;

    @Size(max = MinutesComment.TEXT_LENGTH)
    private String text;

    public CommentDraft toDraft() {
        return new CommentDraft(itemId, kind, text);
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public CommentKind getKind() {
        return kind;
    }

    public void setKind(CommentKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
