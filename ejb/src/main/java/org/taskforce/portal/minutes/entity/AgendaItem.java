package org.taskforce.portal.minutes.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An item of a meeting's agenda, at its place in the order: its title, presenter and planned minutes, the discussion
 * notes (HTML that {@code minutes.control.RichText} let through) and its {@link Outcome outcomes}. Versioned on its
 * own, so that two people writing the notes of one item meet here and not over the whole meeting.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TaskForceOwned implements Versioned {

    public static final int TITLE_LENGTH = 200;
    public static final int PRESENTER_LENGTH = 160;
    public static final int MAX_PLANNED_MINUTES = 600;
    /** The most the notes of one item may take, in bytes of UTF-8 (as the database counts them). */
    public static final int NOTES_BYTES = 200 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = PRESENTER_LENGTH)
    private String presenter;

    @Column(name = "planned_minutes")
    private Integer plannedMinutes;

    @Column(columnDefinition = "text")
    private String notes;

    @Column(name = "updated_by", nullable = false, length = Meeting.ACTOR_LENGTH)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Outcome> outcomes = new ArrayList<>();

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(Meeting meeting, int position, String actor, OffsetDateTime when) {
        this.meeting = meeting;
        this.position = position;
        this.updatedBy = actor;
        this.updatedAt = when;
    }

    public void describe(String newTitle, String newPresenter, Integer newPlannedMinutes, String actor,
            OffsetDateTime when) {
        title = newTitle;
        presenter = newPresenter;
        plannedMinutes = newPlannedMinutes;
        touched(actor, when);
    }

    /** The discussion notes, already sanitised. */
    public void write(String sanitisedNotes, String actor, OffsetDateTime when) {
        notes = sanitisedNotes;
        touched(actor, when);
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    private void touched(String actor, OffsetDateTime when) {
        updatedBy = actor;
        updatedAt = when;
    }

    /** Adds an outcome at the end of the item's. */
    public Outcome addOutcome(OutcomeKind kind, String text, String actor, OffsetDateTime when) {
        Outcome outcome = new Outcome(this, outcomes.size() + 1, kind, text, actor, when);
        outcomes.add(outcome);
        return outcome;
    }

    public void removeOutcome(Outcome outcome) {
        outcomes.remove(outcome);
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public List<Outcome> getOutcomes() {
        return List.copyOf(outcomes);
    }
}
