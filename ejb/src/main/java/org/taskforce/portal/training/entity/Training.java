package org.taskforce.portal.training.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A training hosted by one task force: what it is, who funds it, where and in which language it is given, how many
 * people it takes, and its {@link TrainingSession sessions}, whose lengths add up to its hours. A national course
 * ({@link #isNational()}) is planned by a national coordinator and hosted in a task force they choose. A training is
 * cancelled, never deleted, once planned. The join tables of its topics and sponsors take their task force from the
 * transaction (a column default), so JPA fills them like any join table.
 */
@Entity
@Table(name = "training")
public class Training extends TaskForceOwned implements Versioned {

    public static final int TITLE_LENGTH = 200;
    public static final int LANGUAGE_LENGTH = 35;
    public static final int VENUE_LENGTH = 300;
    public static final int ACTOR_LENGTH = 255;
    /** The share of the hours a person must attend to complete a training, unless it says otherwise. */
    public static final int DEFAULT_COMPLETION_PERCENT = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TrainingKind kind;

    @Column(nullable = false, length = LANGUAGE_LENGTH)
    private String language;

    @Column(length = VENUE_LENGTH)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "completion_percent", nullable = false)
    private int completionPercent = DEFAULT_COMPLETION_PERCENT;

    @Column(nullable = false)
    private boolean national;

    @Column(name = "created_by", nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Version
    private int version;

    @ManyToMany
    @JoinTable(name = "training_topics", joinColumns = @JoinColumn(name = "training_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<TrainingTopic> topics = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "training_sponsors", joinColumns = @JoinColumn(name = "training_id"),
            inverseJoinColumns = @JoinColumn(name = "sponsor_id"))
    private Set<Sponsor> sponsors = new LinkedHashSet<>();

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<TrainingSession> sessions = new ArrayList<>();

    protected Training() {
        // for JPA
    }

    public Training(String createdBy, OffsetDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets everything a planner states about the training but its sessions, topics and sponsors. */
    public void describe(String newTitle, TrainingKind newKind, String newLanguage, String newVenue, int newCapacity,
                         int newCompletionPercent, boolean isNational) {
        this.title = newTitle;
        this.kind = newKind;
        this.language = newLanguage;
        this.venue = newVenue;
        this.capacity = newCapacity;
        this.completionPercent = newCompletionPercent;
        this.national = isNational;
    }

    /** Makes it a national course: planned by a national coordinator, hosted by this task force. */
    public void makeNational() {
        this.national = true;
    }

    /** Replaces the training's topics. */
    public void topics(Collection<TrainingTopic> newTopics) {
        topics.clear();
        topics.addAll(newTopics);
    }

    /** Replaces the training's sponsors. */
    public void sponsors(Collection<Sponsor> newSponsors) {
        sponsors.clear();
        sponsors.addAll(newSponsors);
    }

    /** Adds a session; its calendar event is the caller's to make. */
    public TrainingSession addSession(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        TrainingSession session = new TrainingSession(this, startsAt, endsAt);
        sessions.add(session);
        return session;
    }

    /** Removes a session (its calendar event is the caller's to remove). */
    public void removeSession(TrainingSession session) {
        sessions.remove(session);
    }

    /** Cancels the training: it stays, with its nominations, as cancelled. */
    public void cancel(OffsetDateTime when) {
        if (cancelledAt == null) {
            cancelledAt = when;
        }
    }

    /** Whether any sponsor of the training approves its attendees. */
    public boolean needsApproval() {
        return sponsors.stream().anyMatch(Sponsor::approvesAttendees);
    }

    /** The training's length: the sum of its sessions'. */
    public Duration length() {
        return sessions.stream().map(TrainingSession::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The start of its first session, if it has one. */
    public Optional<OffsetDateTime> firstStart() {
        return sessions.stream().map(TrainingSession::getStartsAt).min(OffsetDateTime::compareTo);
    }

    /** The end of its last session, if it has one. */
    public Optional<OffsetDateTime> lastEnd() {
        return sessions.stream().map(TrainingSession::getEndsAt).max(OffsetDateTime::compareTo);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getVenue() {
        return venue;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getCompletionPercent() {
        return completionPercent;
    }

    public boolean isNational() {
        return national;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public Set<TrainingTopic> getTopics() {
        return Set.copyOf(topics);
    }

    public Set<Sponsor> getSponsors() {
        return Set.copyOf(sponsors);
    }

    public List<TrainingSession> getSessions() {
        return List.copyOf(sessions);
    }
}
