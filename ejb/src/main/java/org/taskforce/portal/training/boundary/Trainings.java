package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.ChangeScope;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.entity.Nomination;
import org.taskforce.portal.training.entity.NominationDecision;
import org.taskforce.portal.training.entity.NominationState;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingSession;
import org.taskforce.portal.training.entity.TrainingTopic;
import org.taskforce.portal.training.entity.TrainingTrainer;

/**
 * The trainings of the current task force (the host): every member reads the list and a training's page; its
 * coordinators plan, change and cancel them. Each session is one event of the task force's calendar (category
 * TRAINING, seen by the whole task force), made, moved and removed here through {@link Calendars}, in the same
 * transaction: a training and its calendar never disagree. Another task force's training is answered like one that
 * does not exist ({@link TrainingNotFoundException}). Every write is audited by the database.
 */
@Stateless
@TaskForceBound
public class Trainings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    CurrentActor actor;

    /** The task force's trainings, the latest first (by their first session). */
    public List<TrainingRow> list() {
        List<Training> trainings = em.createQuery(
                "select distinct t from Training t left join fetch t.sessions left join fetch t.sponsors",
                Training.class).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select n.training.id, n.state, count(n) from Nomination n group by n.training.id, n.state""",
                Object[].class).getResultList()) {
            long[] count = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            NominationState state = (NominationState) row[1];
            long number = ((Number) row[2]).longValue();
            if (state.takesAPlace()) {
                count[0] += number;
            }
            if (state == NominationState.CONFIRMED) {
                count[1] += number;
            }
        }
        return trainings.stream().map(training -> {
            long[] count = counts.getOrDefault(training.getId(), new long[2]);
            String sponsors = training.getSponsors().stream().map(Sponsor::getName).sorted()
                    .collect(Collectors.joining(", "));
            return new TrainingRow(training.getId(), training.getTitle(), training.getKind(), sponsors,
                    training.firstStart().orElse(null), training.lastEnd().orElse(null),
                    training.length().toMinutes(), training.getCapacity(), count[0], count[1],
                    training.isNational(), training.isCancelled());
        }).sorted((a, b) -> a.firstStart() == null ? 1 : b.firstStart() == null ? -1
                : b.firstStart().compareTo(a.firstStart())).toList();
    }

    /** One training with its sessions, trainers and nominations. */
    public TrainingDetails details(long id) {
        Training training = find(id);
        training.getTopics().size();
        training.getSponsors().size();
        List<Participant> trainers = em.createQuery("""
                select tt.participant from TrainingTrainer tt where tt.training = :training
                order by tt.participant.name""", Participant.class).setParameter("training", training).getResultList();
        List<Nomination> nominations = em.createQuery("""
                select n from Nomination n join fetch n.participant where n.training = :training
                order by n.participant.name""", Nomination.class).setParameter("training", training).getResultList();
        Map<Long, List<String>> decisions = new HashMap<>();
        for (NominationDecision decision : em.createQuery("""
                select d from NominationDecision d join fetch d.sponsor where d.nomination.training = :training
                order by d.decidedAt""", NominationDecision.class).setParameter("training", training)
                .getResultList()) {
            decisions.computeIfAbsent(decision.getNomination().getId(), key -> new ArrayList<>())
                    .add(decision.getSponsor().getName() + ": " + (decision.isApproved() ? "✓" : "✗ "
                            + decision.getReason()) + " (" + decision.getDecidedBy() + ")");
        }
        List<NominationRow> rows = nominations.stream().map(nomination -> {
            Participant person = nomination.getParticipant();
            return new NominationRow(nomination.getId(), person.getId(), person.getName(), person.agencyName(),
                    person.getPosition(), nomination.getState(), nomination.getNominatedBy(),
                    nomination.getNominatedAt(), decisions.getOrDefault(nomination.getId(), List.of()));
        }).toList();
        return new TrainingDetails(training, training.getSessions(), trainers, rows);
    }

    /** Plans a training in the current task force, with a calendar event for each session; returns its id. */
    @CoordinatorsOnly
    public long plan(@NotNull @Valid TrainingDraft draft) {
        check(draft);
        Training training = new Training(actor.require().name(), OffsetDateTime.now(ZoneOffset.UTC));
        describe(training, draft);
        em.persist(training);
        for (SessionDraft session : draft.sessions()) {
            training.addSession(start(session, draft), end(session, draft));
        }
        em.flush();
        for (TrainingSession session : training.getSessions()) {
            session.shownBy(calendars.create(event(training, session, draft)));
        }
        trainers(training, draft.trainerIds());
        return training.getId();
    }

    /**
     * Changes a training: its description, topics, sponsors, trainers, and its sessions (those kept are moved with
     * their calendar events, those left out are removed with theirs, new ones get one). Saved only over the version
     * the form was opened with.
     *
     * @throws org.taskforce.portal.problem.ConflictException ({@code training.error.changedMeanwhile}) if someone
     *         saved the training since; nothing is written
     */
    @CoordinatorsOnly
    public void change(long id, int openedVersion, @NotNull @Valid TrainingDraft draft) {
        check(draft);
        Training training = find(id);
        if (training.isCancelled()) {
            throw new TrainingCancelledException();
        }
        OptimisticLocking.edit(em, training, openedVersion, "training.error.changedMeanwhile",
                changed -> describe(changed, draft));
        Map<Long, TrainingSession> existing = training.getSessions().stream()
                .collect(Collectors.toMap(TrainingSession::getId, session -> session));
        Set<Long> kept = draft.sessions().stream().map(SessionDraft::id).filter(existing::containsKey)
                .collect(Collectors.toSet());
        for (TrainingSession session : existing.values()) {
            if (!kept.contains(session.getId())) {
                removeEvent(session);
                training.removeSession(session);
            }
        }
        List<TrainingSession> added = new ArrayList<>();
        for (SessionDraft draftSession : draft.sessions()) {
            TrainingSession session = existing.get(draftSession.id());
            if (session == null) {
                added.add(training.addSession(start(draftSession, draft), end(draftSession, draft)));
            } else {
                session.reschedule(start(draftSession, draft), end(draftSession, draft));
            }
        }
        em.flush();
        for (TrainingSession session : training.getSessions()) {
            if (added.contains(session) || session.getCalendarEventId() == null) {
                session.shownBy(calendars.create(event(training, session, draft)));
            } else {
                calendars.change(session.getCalendarEventId(), null, event(training, session, draft),
                        ChangeScope.ALL);
            }
        }
        em.createQuery("delete from TrainingTrainer tt where tt.training = :training")
                .setParameter("training", training).executeUpdate();
        trainers(training, draft.trainerIds());
    }

    /**
     * Cancels a training: it stays listed as cancelled with its nominations; its sessions leave the calendar.
     *
     * @throws org.taskforce.portal.problem.ConflictException if someone saved the training since it was shown
     */
    @CoordinatorsOnly
    public void cancel(long id, int openedVersion) {
        Training training = find(id);
        OptimisticLocking.edit(em, training, openedVersion, "training.error.changedMeanwhile",
                changed -> changed.cancel(OffsetDateTime.now(ZoneOffset.UTC)));
        for (TrainingSession session : training.getSessions()) {
            removeEvent(session);
        }
    }

    /** The training of the current task force with this id. */
    Training find(long id) {
        Training training = em.find(Training.class, id);
        if (training == null) {
            throw new TrainingNotFoundException();
        }
        return training;
    }

    /** Refuses a session that does not end after it starts, naming it (1, 2, ...). */
    private static void check(TrainingDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < draft.sessions().size(); i++) {
            SessionDraft session = draft.sessions().get(i);
            if (!session.end().isAfter(session.start())) {
                problems.add(new FieldProblem("sessions", "training.error.sessionEndsBeforeStart", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
    }

    private void describe(Training training, TrainingDraft draft) {
        training.describe(draft.title(), draft.kind(), draft.language(), draft.venue(), draft.capacity(),
                draft.completionPercent(), training.isNational());
        training.topics(all(TrainingTopic.class, draft.topicIds(), TopicNotFoundException::new));
        training.sponsors(all(Sponsor.class, draft.sponsorIds(), SponsorNotFoundException::new));
    }

    private <T> List<T> all(Class<T> type, Collection<Long> ids, java.util.function.Supplier<RuntimeException> none) {
        List<T> found = new ArrayList<>();
        for (Long id : ids) {
            T record = em.find(type, id);
            if (record == null) {
                throw none.get();
            }
            found.add(record);
        }
        return found;
    }

    private void trainers(Training training, Set<Long> participantIds) {
        for (Participant trainer : all(Participant.class, participantIds, ParticipantNotFoundException::new)) {
            em.persist(new TrainingTrainer(training, trainer, null));
        }
    }

    private void removeEvent(TrainingSession session) {
        if (session.getCalendarEventId() != null) {
            Long eventId = session.getCalendarEventId();
            session.shownBy(null);
            em.flush();
            calendars.delete(eventId);
        }
    }

    private static OffsetDateTime start(SessionDraft session, TrainingDraft draft) {
        return session.date().atTime(session.start()).atZone(draft.zone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime end(SessionDraft session, TrainingDraft draft) {
        return session.date().atTime(session.end()).atZone(draft.zone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The calendar event that shows a session: the training's title and venue, for the whole task force. */
    private static EventDraft event(Training training, TrainingSession session, TrainingDraft draft) {
        return new EventDraft(training.getTitle(), null, training.getVenue(), Category.TRAINING,
                Visibility.TASK_FORCE, false, session.getStartsAt().atZoneSameInstant(draft.zone()).toLocalDateTime(),
                session.getEndsAt().atZoneSameInstant(draft.zone()).toLocalDateTime(), draft.zone(), null, Set.of(),
                List.of());
    }
}
