package org.taskforce.portal.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A comment or proposed correction on circulated minutes, on the whole minutes or on one agenda item, by one of the
 * people who may comment (an attendee, the minute taker, a coordinator), kept with the revision it was made on.
 * Written once, never changed.
 */
@Entity
@Table(name = "minutes_comment")
public class MinutesComment extends TaskForceOwned {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private AgendaItem item;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CommentKind kind;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_member_id", nullable = false, updatable = false)
    private MemberProfile authorMember;

    @Column(nullable = false, length = Meeting.ACTOR_LENGTH, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected MinutesComment() {
        // for JPA
    }

    public MinutesComment(Meeting meeting, AgendaItem item, CommentKind kind, String text, MemberProfile authorMember,
            OffsetDateTime createdAt) {
        this.meeting = meeting;
        this.item = item;
        this.revision = meeting.getRevision();
        this.kind = kind;
        this.text = text;
        this.authorMember = authorMember;
        this.author = authorMember.getDisplayName();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getRevision() {
        return revision;
    }

    public CommentKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
