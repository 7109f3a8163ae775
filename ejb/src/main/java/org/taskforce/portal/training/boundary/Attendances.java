package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.control.AttendedHours;
import org.taskforce.portal.training.control.Mark;
import org.taskforce.portal.training.control.MarkRules;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.control.SheetContent;
import org.taskforce.portal.training.control.SheetLine;
import org.taskforce.portal.training.control.SheetRoster;
import org.taskforce.portal.training.control.SignInSheetPdf;
import org.taskforce.portal.training.control.SignInSheets;
import org.taskforce.portal.training.entity.Attendance;
import org.taskforce.portal.training.entity.AttendanceMark;
import org.taskforce.portal.training.entity.NominationState;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingSession;

/**
 * Attendance of the current task force's trainings: the table of marks per session and confirmed participant, saved
 * in one go or imported from a CSV sign-in sheet (all or nothing), the hours and completion they add up to, and the
 * printable sign-in sheet of a session. Only confirmed participants are marked: a mark for anyone else, or for a
 * session of another training, is refused and nothing is saved. Members read; coordinators write.
 */
@Stateless
@TaskForceBound
public class Attendances {

    /** The zone sign-in sheets print times in: the portal's (task forces have no zone of their own). */
    static final ZoneId ZONE = ZoneId.of("America/Asuncion");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTaskForce currentTaskForce;

    /** The attendance table of a training of this task force. */
    public AttendanceSheet sheet(long trainingId) {
        Training training = training(trainingId);
        List<TrainingSession> sessions = sessions(training);
        List<SheetLine> people = confirmed(training);
        List<Mark> marks = marks(training);
        List<SessionSpan> spans = spans(sessions);
        Map<Long, AttendedHours.Result> results = AttendedHours.compute(spans, marks,
                people.stream().map(SheetLine::participantId).toList(), training.getCompletionPercent())
                .stream().collect(Collectors.toMap(AttendedHours.Result::participantId, Function.identity()));
        long trainingMinutes = spans.stream().mapToLong(SessionSpan::minutes).sum();
        Map<Long, List<Mark>> marksOf = marks.stream().collect(Collectors.groupingBy(Mark::participantId));
        List<AttendanceRow> rows = new ArrayList<>();
        for (SheetLine person : people) {
            Map<Long, AttendanceMark> byMark = new HashMap<>();
            Map<Long, Integer> minutes = new HashMap<>();
            for (Mark mark : marksOf.getOrDefault(person.participantId(), List.of())) {
                byMark.put(mark.sessionId(), mark.mark());
                minutes.put(mark.sessionId(), mark.minutes());
            }
            AttendedHours.Result result = results.get(person.participantId());
            rows.add(new AttendanceRow(person.participantId(), person.name(), person.agency(), byMark, minutes,
                    result.minutesAttended(), result.percent(), result.completed()));
        }
        return new AttendanceSheet(training.getId(), training.getTitle(), training.getCompletionPercent(),
                trainingMinutes, spans, rows);
    }

    /**
     * Saves the marks of a training in one go: each cell sets its mark and minutes (the mark's default when none are
     * entered), or removes the mark ({@code mark == null}). A cell for a session of another training or a person who
     * is not a confirmed participant refuses the whole save. Saves of one training wait for each other (its row is
     * locked), so that each applies its cells to the marks as the one before left them: two coordinators saving at
     * once, or a sheet imported while someone saves, no longer fail on each other's row versions.
     */
    @CoordinatorsOnly
    public int save(long trainingId, @NotNull @Valid List<@NotNull @Valid MarkInput> cells) {
        Training training = training(trainingId, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, TrainingSession> sessions = sessions(training).stream()
                .collect(Collectors.toMap(TrainingSession::getId, Function.identity()));
        Set<Long> people = confirmed(training).stream().map(SheetLine::participantId).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (MarkInput cell : cells) {
            if (!sessions.containsKey(cell.sessionId())) {
                problems.add(new FieldProblem("marks", "training.attendance.noSuchSession", cell.sessionId()));
            } else if (!people.contains(cell.participantId())) {
                problems.add(new FieldProblem("marks", "training.attendance.notInTraining", cell.participantId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
        if (cells.isEmpty()) {
            return 0;
        }
        Map<String, Attendance> existing = new HashMap<>();
        for (Attendance attendance : attendances(training, cells.stream().map(MarkInput::participantId)
                .collect(Collectors.toSet()))) {
            existing.put(attendance.getSession().getId() + "/" + attendance.getParticipant().getId(), attendance);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String by = actor.require().name();
        int changed = 0;
        for (MarkInput cell : cells) {
            Attendance attendance = existing.get(cell.sessionId() + "/" + cell.participantId());
            if (cell.mark() == null) {
                if (attendance != null) {
                    em.remove(attendance);
                    changed++;
                }
                continue;
            }
            TrainingSession session = sessions.get(cell.sessionId());
            int minutes = MarkRules.minutes(cell.mark(), cell.minutes(), session.length().toMinutes());
            if (attendance == null) {
                attendance = new Attendance(session, em.getReference(Participant.class, cell.participantId()));
                attendance.mark(cell.mark(), minutes, by, now);
                em.persist(attendance);
                changed++;
            } else if (attendance.getMark() != cell.mark() || attendance.getMinutesAttended() != minutes) {
                attendance.mark(cell.mark(), minutes, by, now);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Reads a CSV sign-in sheet against the training (for the whole training when {@code sessionId} is null, or one
     * session) without saving anything: what the import page previews.
     */
    @CoordinatorsOnly
    public SheetRoster.Checked previewSheet(long trainingId, Long sessionId, @NotNull byte[] file) {
        Training training = training(trainingId);
        return roster(training, sessionId).marks(SignInSheets.read(file));
    }

    /** Imports a CSV sign-in sheet: every row is saved, or none (then {@link SheetRejectedException}). */
    @CoordinatorsOnly
    public int importSheet(long trainingId, Long sessionId, @NotNull byte[] file) {
        Training training = training(trainingId);
        SheetContent content = SignInSheets.read(file);
        SheetRoster.Checked checked = roster(training, sessionId).marks(content);
        if (!checked.problems().isEmpty()) {
            throw new SheetRejectedException(checked.problems());
        }
        return save(trainingId, checked.marks().stream()
                .map(mark -> new MarkInput(mark.sessionId(), mark.participantId(), mark.mark(), mark.minutes()))
                .toList());
    }

    /** The printable sign-in sheet of a session, in {@code locale} with the words of {@code bundle}. */
    @CoordinatorsOnly
    public byte[] signInSheet(long sessionId, ResourceBundle bundle, Locale locale) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("No such session in this task force.", "training.error.notFound");
        }
        Training training = session.getTraining();
        List<TrainingSession> sessions = sessions(training);
        List<SheetLine> people = confirmed(training);
        String taskForce = em.find(TaskForce.class, currentTaskForce.require()).getName();
        return SignInSheetPdf.render(new SignInSheetPdf.Heading(training.getTitle(), sessions.indexOf(session) + 1,
                sessions.size(), session.getStartsAt().atZoneSameInstant(ZONE),
                session.getEndsAt().atZoneSameInstant(ZONE), training.getVenue(), taskForce), people, bundle, locale);
    }

    /** The CSV sign-in sheet to fill in: every session (by its number), every confirmed participant. */
    @CoordinatorsOnly
    public byte[] csvTemplate(long trainingId) {
        Training training = training(trainingId);
        List<SheetLine> people = confirmed(training);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= sessions(training).size(); i++) {
            numbers.add(i);
        }
        return SignInSheets.template(people, numbers);
    }

    private SheetRoster roster(Training training, Long sessionId) {
        List<TrainingSession> sessions = sessions(training);
        if (sessionId != null && sessions.stream().noneMatch(session -> session.getId().equals(sessionId))) {
            throw new NotFoundException("No such session in this training.", "training.error.notFound");
        }
        Map<Long, String> people = new LinkedHashMap<>();
        confirmed(training).forEach(person -> people.put(person.participantId(), person.name()));
        return new SheetRoster(people, spans(sessions), sessionId);
    }

    private Training training(long id) {
        return training(id, LockModeType.NONE);
    }

    /** The training of this task force, read with the lock asked for ({@link TrainingNotFoundException} if none). */
    private Training training(long id, LockModeType lock) {
        Training training = em.find(Training.class, id, lock);
        if (training == null) {
            throw new TrainingNotFoundException();
        }
        return training;
    }

    private List<TrainingSession> sessions(Training training) {
        return em.createQuery("select s from TrainingSession s where s.training = :training order by s.startsAt",
                TrainingSession.class).setParameter("training", training).getResultList();
    }

    /**
     * The training's confirmed participants by name, as values with their agency's name read in the same statement:
     * as entities, 200 people and the agencies each one's name was asked of cost the attendance page a statement per
     * agency and the building of 200 entities it only reads.
     */
    private List<SheetLine> confirmed(Training training) {
        return em.createQuery("""
                select p.id, p.name, coalesce(a.name, p.outsideAgencyName) from Nomination n join n.participant p
                left join p.agency a where n.training = :training and n.state = :confirmed
                order by p.name, p.id""", Object[].class).setParameter("training", training)
                .setParameter("confirmed", NominationState.CONFIRMED).getResultStream()
                .map(row -> new SheetLine((Long) row[0], (String) row[1], (String) row[2])).toList();
    }

    /**
     * The training's marks as values, not entities: the sheet only reads them, and 1,000 attendance entities (a
     * training of 200 people and 5 sessions) with their participants and sessions cost the page more than its SQL.
     */
    private List<Mark> marks(Training training) {
        return em.createQuery("""
                select a.session.id, a.participant.id, a.mark, a.minutesAttended from Attendance a
                where a.session.training = :training""", Object[].class).setParameter("training", training)
                .getResultStream().map(row -> new Mark((Long) row[0], (Long) row[1], (AttendanceMark) row[2],
                        (Integer) row[3])).toList();
    }

    /** The attendance entities of the training's marks of these participants: those a save may change. */
    private List<Attendance> attendances(Training training, Set<Long> participantIds) {
        return em.createQuery("""
                select a from Attendance a join fetch a.session join fetch a.participant
                where a.session.training = :training and a.participant.id in :people""", Attendance.class)
                .setParameter("training", training).setParameter("people", participantIds).getResultList();
    }

    private static List<SessionSpan> spans(List<TrainingSession> sessions) {
        return sessions.stream().map(session -> new SessionSpan(session.getId(), session.getStartsAt().toInstant(),
                session.getEndsAt().toInstant())).toList();
    }

}
