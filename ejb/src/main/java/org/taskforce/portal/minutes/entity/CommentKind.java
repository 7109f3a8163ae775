package org.taskforce.portal.minutes.entity;

/**
 * What an attendee says on circulated minutes: a remark ({@code COMMENT}) or a correction they propose
 * ({@code CORRECTION}), which the minute taker works in before the minutes are approved. Screens name it through
 * {@code minutes.comment.kind.<NAME>}.
 */
public enum CommentKind {
    COMMENT,
    CORRECTION;

    public String bundleKey() {
        return "minutes.comment.kind." + name();
    }
}
