package org.taskforce.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;
import org.taskforce.portal.training.boundary.Cascade;
import org.taskforce.portal.training.boundary.Cascades;
import org.taskforce.portal.training.boundary.TrainingRow;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.entity.TrainingKind;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /training/cascade.xhtml?id=…}: the Train-the-Trainer cascade of a course of the task force, drawn as a
 * chart of course → trainers it certified → replications they gave (PrimeFaces organigram, scrolled sideways inside
 * its frame on a phone), then the same as a table for screen readers and for reading, and the course's reach per task
 * force and per sponsor. Another task force's replication with fewer than 5 people says so, never 0 (the database
 * gives no number). Opened without a course, it lists the task force's Train the Trainer courses.
 */
@ViewScoped
@Named("cascadePage")
public class CascadePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cascades cascades;

    @Inject
    transient Trainings trainings;

    @Inject
    transient Messages messages;

    private Long id;
    private Cascade cascade;
    private OrganigramNode root;
    private List<TrainingRow> courses = List.of();

    /** Reads the cascade of the {@code id} course (404 for another task force's, or a training of another kind). */
    public void load() {
        if (id == null) {
            // Every year's: a course's cascade of replications goes on for years after it.
            courses = trainings.list(null).stream().filter(row -> row.kind() == TrainingKind.TRAIN_THE_TRAINER).toList();
            return;
        }
        cascade = cascades.of(id);
        root = new DefaultOrganigramNode("course", cascade, null);
        root.setExpanded(true);
        for (Cascade.Trainer trainer : cascade.trainers()) {
            OrganigramNode trainerNode = new DefaultOrganigramNode("trainer", trainer, root);
            trainerNode.setExpanded(true);
            for (Cascade.Replication replication : trainer.replications()) {
                new DefaultOrganigramNode("replication", replication, trainerNode).setExpanded(true);
            }
        }
    }

    /** One line of the cascade's table: a trainer and one replication they gave ({@code null}: none yet). */
    public record Line(String trainer, boolean revoked, Cascade.Replication replication) implements Serializable {
    }

    /** The cascade as the lines of its table, trainer by trainer. */
    public List<Line> getLines() {
        if (cascade == null) {
            return List.of();
        }
        return cascade.trainers().stream().flatMap(trainer -> trainer.replications().isEmpty()
                ? java.util.stream.Stream.of(new Line(trainer.initials(), trainer.revoked(), null))
                : trainer.replications().stream()
                        .map(replication -> new Line(trainer.initials(), trainer.revoked(), replication)))
                .toList();
    }

    /** A replication's count of people: the number, or "fewer than 5" where the database hides it. */
    public String count(Long count) {
        return count == null ? messages.text("training.cascade.fewerThanFive") : count.toString();
    }

    /** A total: exact, "fewer than 5" (one hidden count alone), or "at least n" when it holds hidden counts. */
    public String total(Cascade.Count count) {
        if (count.exact()) {
            return Long.toString(count.known());
        }
        return count.fewerThanFive() ? messages.text("training.cascade.fewerThanFive")
                : messages.text("training.cascade.atLeast", count.atLeast());
    }

    /** The largest number of people reached by one task force, the scale of the reach bars. */
    public long getMostReached() {
        return cascade == null ? 0 : Math.max(1, cascade.byTaskForce().stream()
                .mapToLong(reach -> reach.confirmed().atLeast()).max().orElse(1));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cascade getCascade() {
        return cascade;
    }

    public OrganigramNode getRoot() {
        return root;
    }

    public List<TrainingRow> getCourses() {
        return courses;
    }
}
