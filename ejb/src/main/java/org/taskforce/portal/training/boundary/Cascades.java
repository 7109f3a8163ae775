package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * The Train-the-Trainer cascade of a course of the current task force, for its members: read only through
 * {@code training_cascade} (V10) and {@code training_cascade_sponsors} (V12), which follow the course's certificates
 * into the replications their holders gave in any task force, and say of another task force's replication its task
 * force, title, first day, sponsors and counts of people only (under 5 hidden). The totals per task force and per
 * sponsor are added up here from those rows, so they carry the hidden counts along instead of revealing them.
 */
@Stateless
@TaskForceBound
public class Cascades {

    /** A row of {@code training_cascade}. */
    private record Row(long certificateId, long trainerParticipantId, String trainerInitials, boolean trainerRevoked,
            Long replicationId, String replicationTaskForce, Boolean replicationOwn, String replicationTitle,
            Date replicationFirstDay, String sponsors, Long peopleConfirmed, Long peopleAttended,
            Long peopleCompleted) {
    }

    /** A row of {@code training_cascade_sponsors}. */
    private record SponsorRow(long replicationId, String sponsorName) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * The cascade of the course: its trainers in the order of their initials, each with the replications they gave
     * (the earliest first), and the reach per task force and per sponsor.
     *
     * @throws TrainingNotFoundException for a training that is not this task force's or not a Train the Trainer course
     */
    public Cascade of(long courseId) {
        Training course = em.find(Training.class, courseId);
        if (course == null || course.getKind() != TrainingKind.TRAIN_THE_TRAINER) {
            throw new TrainingNotFoundException();
        }
        Map<Long, Cascade.Trainer> trainers = new LinkedHashMap<>();
        for (Row row : RecordQuery.of(em, Row.class, "training_cascade(?1, ?2)").parameter(1, courseId)
                .parameter(2, false).list()) {
            Cascade.Trainer trainer = trainers.computeIfAbsent(row.certificateId(), id -> new Cascade.Trainer(id,
                    row.trainerInitials(), row.trainerRevoked(), new ArrayList<>()));
            if (row.replicationId() != null && trainer.replications().stream()
                    .noneMatch(known -> known.trainingId() == row.replicationId())) {
                trainer.replications().add(new Cascade.Replication(row.replicationId(), row.replicationTaskForce(),
                        Boolean.TRUE.equals(row.replicationOwn()), row.replicationTitle(),
                        row.replicationFirstDay() == null ? null : row.replicationFirstDay().toLocalDate(),
                        row.sponsors(), row.peopleConfirmed(), row.peopleAttended(), row.peopleCompleted()));
            }
        }
        List<Cascade.Trainer> list = trainers.values().stream().map(trainer -> new Cascade.Trainer(
                trainer.certificateId(), trainer.initials(), trainer.revoked(), trainer.replications().stream()
                        .sorted(Comparator.comparing(Cascade.Replication::firstDay,
                                Comparator.nullsLast(Comparator.naturalOrder()))).toList())).toList();
        Cascade draft = new Cascade(courseId, course.getTitle(), list, List.of(), List.of(), null);
        List<Cascade.Replication> replications = draft.replications();

        Map<Long, List<String>> sponsors = new LinkedHashMap<>();
        RecordQuery.of(em, SponsorRow.class, "training_cascade_sponsors(?1, ?2)").parameter(1, courseId)
                .parameter(2, false).list().forEach(row -> sponsors
                        .computeIfAbsent(row.replicationId(), id -> new ArrayList<>()).add(row.sponsorName()));
        Map<String, List<Cascade.Replication>> bySponsor = new TreeMap<>();
        for (Cascade.Replication replication : replications) {
            for (String sponsor : sponsors.getOrDefault(replication.trainingId(), List.of())) {
                bySponsor.computeIfAbsent(sponsor, name -> new ArrayList<>()).add(replication);
            }
        }
        return new Cascade(courseId, course.getTitle(), list,
                reach(replications, Cascade.Replication::taskForce),
                bySponsor.entrySet().stream().map(entry -> total(entry.getKey(), entry.getValue())).toList(),
                total(null, replications));
    }

    /** The reach of the replications grouped by a name (the task force's), in the order of the names. */
    private static List<Cascade.Reach> reach(List<Cascade.Replication> replications,
            Function<Cascade.Replication, String> name) {
        Map<String, List<Cascade.Replication>> groups = new TreeMap<>();
        replications.forEach(replication -> groups.computeIfAbsent(name.apply(replication), key -> new ArrayList<>())
                .add(replication));
        return groups.entrySet().stream().map(entry -> total(entry.getKey(), entry.getValue())).toList();
    }

    private static Cascade.Reach total(String name, List<Cascade.Replication> replications) {
        Cascade.Count confirmed = Cascade.Count.ZERO;
        Cascade.Count attended = Cascade.Count.ZERO;
        Cascade.Count completed = Cascade.Count.ZERO;
        for (Cascade.Replication replication : replications) {
            confirmed = confirmed.plus(Cascade.Count.of(replication.confirmed()));
            attended = attended.plus(Cascade.Count.of(replication.attended()));
            completed = completed.plus(Cascade.Count.of(replication.completed()));
        }
        return new Cascade.Reach(name, replications.size(), confirmed, attended, completed);
    }
}
