package org.taskforce.portal.minutes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.minutes.entity.CommentKind;
import org.taskforce.portal.minutes.entity.MinutesComment;
import org.taskforce.portal.problem.PlainText;

/** A comment or proposed correction on circulated minutes, on the whole ({@code itemId} null) or on one item. */
public record CommentDraft(Long itemId, @NotNull CommentKind kind,
        @NotBlank @Size(max = MinutesComment.TEXT_LENGTH) @PlainText String text) {

    public CommentDraft {
        text = text == null ? null : text.strip();
    }
}
