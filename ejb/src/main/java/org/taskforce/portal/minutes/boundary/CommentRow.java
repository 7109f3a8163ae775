package org.taskforce.portal.minutes.boundary;

import java.time.OffsetDateTime;
import org.taskforce.portal.minutes.entity.CommentKind;

/** A comment on a meeting's minutes as its page lists it; {@code item} is the item's title, or {@code null}. */
public record CommentRow(long id, int revision, CommentKind kind, String item, String text, String author,
        OffsetDateTime createdAt) {
}
