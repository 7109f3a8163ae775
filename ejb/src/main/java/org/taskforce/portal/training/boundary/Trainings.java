package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.ChangeScope;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.Nomination;
import org.taskforce.portal.training.entity.NominationDecision;
import org.taskforce.portal.training.entity.NominationState;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sex;
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

    /** The training dialog's field for a trainer's certificate code, where a refused code is said. */
    public static final String TRAINER_CODE = "trainerCode";

    /** The training dialog's field for the name of a trainer certified by another task force's course. */
    public static final String TRAINER_NAME = "trainerName";

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    CurrentActor actor;

    /**
     * The task force's trainings, the latest first (by their first session): those with a session from {@code since} on
     * (the planned ones too), or every one when {@code since} is {@code null}. A task force plans some forty
     * trainings a year; the list page asks for this year and the last unless the person wants earlier years, so that
     * it costs the same at fifteen years of history as at five (load benchmark, issue 15).
     */
    public List<TrainingRow> list(Instant since) {
        TypedQuery<Training> listed = em.createQuery("select distinct t from Training t left join fetch t.sessions"
                + " left join fetch t.sponsors" + (since == null ? "" : " where t.id in"
                + " (select s.training.id from TrainingSession s where s.startsAt >= :since)"), Training.class);
        if (since != null) {
            listed.setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        List<Training> trainings = listed.getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        List<Long> ids = trainings.stream().map(Training::getId).toList();
        List<Object[]> nominated = ids.isEmpty() ? List.of() : em.createQuery("""
                select n.training.id, n.state, count(n) from Nomination n where n.training.id in :ids
                group by n.training.id, n.state""", Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : nominated) {
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
        return plan(draft, List.of());
    }

    /**
     * Plans a training with trainers named by their Train the Trainer certificates as well (a replication's): see
     * {@link #change(long, int, TrainingDraft, List)}.
     */
    @CoordinatorsOnly
    public long plan(@NotNull @Valid TrainingDraft draft,
            @NotNull List<@NotNull @Valid CertifiedTrainerDraft> certified) {
        check(draft);
        List<Certified> resolved = resolve(null, certified);
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
        trainers(training, draft.trainerIds(), resolved);
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
        List<CertifiedTrainerDraft> kept = certifiedTrainers(id).stream()
                .map(row -> CertifiedTrainerDraft.kept(row.certificateId())).toList();
        change(id, openedVersion, draft, kept);
    }

    /**
     * Changes a training as {@link #change(long, int, TrainingDraft)} does, and sets its trainers named by their
     * Train the Trainer certificates: those the training has that are kept (by certificate id), and new ones by the
     * verification code of their certificate, whichever task force's course it is of. A code must certify a trainer
     * ({@code trainer_certificate_by_code}: a TRAIN_THE_TRAINER course's certificate, not revoked); the trainer is then
     * the holder when the certificate is this task force's, otherwise the participant of this task force of the name
     * given, added if there is none (the name's initials must be the certificate's). A trainer named both ways is
     * recorded once, with the certificate.
     *
     * @throws InvalidException on {@code trainerCode} for a code that certifies no trainer, or on {@code trainerName}
     *         for a missing name or one whose initials are not the holder's; nothing is written
     */
    @CoordinatorsOnly
    public void change(long id, int openedVersion, @NotNull @Valid TrainingDraft draft,
            @NotNull List<@NotNull @Valid CertifiedTrainerDraft> certified) {
        check(draft);
        Training training = find(id);
        List<Certified> resolved = resolve(id, certified);
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
        trainers(training, draft.trainerIds(), resolved);
    }

    /**
     * The certificate of a verification code, if it makes its holder a trainer (a Train the Trainer course's, of any
     * task force, not revoked): what the training dialog shows before a trainer is added by it.
     *
     * @throws InvalidException on {@code trainerCode} ({@code training.error.notATrainerCertificate}) for a code that
     *         does not: unknown, revoked, or of another kind of training, all alike
     */
    @CoordinatorsOnly
    public TrainerCertificate trainerCertificate(String code) {
        String looked = code == null ? "" : code.strip();
        Optional<TrainerCertificateRow> row = looked.isEmpty() || looked.length() > Certificate.CODE_LENGTH
                ? Optional.empty()
                : RecordQuery.of(em, TrainerCertificateRow.class, "trainer_certificate_by_code(?1)")
                        .parameter(1, looked).first();
        if (row.isEmpty() || !row.get().certifiesTrainer()) {
            throw new InvalidException(new FieldProblem(TRAINER_CODE, "training.error.notATrainerCertificate"));
        }
        String initials = RecordQuery.of(em, HolderRow.class, "certificate_verification(?1)").parameter(1, looked)
                .first().map(HolderRow::holderInitials).orElseThrow();
        Certificate own = em.find(Certificate.class, row.get().certificateId());
        return new TrainerCertificate(row.get().certificateId(), row.get().courseTitle(),
                row.get().taskForceName(), initials, own == null ? null : own.getParticipant().getName());
    }

    /**
     * Checks a trainer named by the code of their certificate as {@link #change(long, int, TrainingDraft, List)}
     * would, before the training is saved: the code certifies a trainer, and for a certificate of another task force
     * the name is given and its initials are the holder's.
     *
     * @throws InvalidException on {@code trainerCode} or {@code trainerName}, as {@code change} does
     */
    @CoordinatorsOnly
    public TrainerCertificate certifiedTrainer(@NotNull @Valid CertifiedTrainerDraft draft) {
        TrainerCertificate certificate = trainerCertificate(draft.code());
        if (certificate.ofAnotherTaskForce()) {
            if (draft.name() == null) {
                throw new InvalidException(new FieldProblem(TRAINER_NAME, "training.error.trainerNameRequired",
                        certificate.holderInitials()));
            }
            if (!Participant.normalise(initials(draft.name()))
                    .equals(Participant.normalise(certificate.holderInitials()))) {
                throw new InvalidException(new FieldProblem(TRAINER_NAME, "training.error.trainerNameMismatch",
                        certificate.holderInitials()));
            }
        }
        return certificate;
    }

    /** The trainers of a training of this task force who are recorded with their Train the Trainer certificate. */
    public List<CertifiedTrainerRow> certifiedTrainers(long trainingId) {
        Training training = find(trainingId);
        Map<Long, TrainerCertificateOfTraining> certificates = new HashMap<>();
        RecordQuery.of(em, TrainerCertificateOfTraining.class, "training_trainer_certificates(?1)")
                .parameter(1, trainingId).list().forEach(row -> certificates.put(row.certificateId(), row));
        return em.createQuery("""
                select tt from TrainingTrainer tt join fetch tt.participant
                where tt.training = :training and tt.trainerCertificateId is not null
                order by tt.participant.name""", TrainingTrainer.class).setParameter("training", training)
                .getResultList().stream().map(trainer -> {
                    TrainerCertificateOfTraining certificate = certificates.get(trainer.getTrainerCertificateId());
                    return new CertifiedTrainerRow(trainer.getParticipant().getId(),
                            trainer.getParticipant().getName(), trainer.getTrainerCertificateId(),
                            certificate == null ? null : certificate.courseTitle(),
                            certificate == null ? null : certificate.taskForceName());
                }).toList();
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
    private Training find(long id) {
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

    private void trainers(Training training, Set<Long> participantIds, List<Certified> certified) {
        Set<Long> named = new HashSet<>();
        for (Certified trainer : certified) {
            Participant person = trainer.participant();
            if (person == null) {
                person = participantNamed(trainer.name(), trainer.taskForceName());
            }
            if (named.add(person.getId())) {
                em.persist(new TrainingTrainer(training, person, trainer.certificateId()));
            }
        }
        for (Participant trainer : all(Participant.class, participantIds, ParticipantNotFoundException::new)) {
            if (named.add(trainer.getId())) {
                em.persist(new TrainingTrainer(training, trainer, null));
            }
        }
    }

    /**
     * Checks every certified trainer of a draft before anything is written: kept ones must be the training's, new
     * codes must certify a trainer, and a certificate of another task force needs the holder's name.
     */
    private List<Certified> resolve(Long trainingId, List<CertifiedTrainerDraft> drafts) {
        Set<Long> recorded = trainingId == null ? Set.of() : certifiedTrainers(trainingId).stream()
                .map(CertifiedTrainerRow::certificateId).collect(Collectors.toSet());
        List<Certified> resolved = new ArrayList<>();
        Set<Long> certificates = new HashSet<>();
        for (CertifiedTrainerDraft draft : drafts) {
            if (draft.code() == null) {
                if (draft.certificateId() == null || !recorded.contains(draft.certificateId())) {
                    throw new InvalidException(new FieldProblem(TRAINER_CODE,
                            "training.error.notATrainerCertificate"));
                }
                if (certificates.add(draft.certificateId())) {
                    resolved.add(keptTrainer(trainingId, draft.certificateId()));
                }
                continue;
            }
            TrainerCertificate certificate = certifiedTrainer(draft);
            if (!certificates.add(certificate.certificateId())) {
                continue;
            }
            resolved.add(certificate.ofAnotherTaskForce()
                    ? new Certified(certificate.certificateId(), null, draft.name(), certificate.taskForceName())
                    : new Certified(certificate.certificateId(),
                            em.find(Certificate.class, certificate.certificateId()).getParticipant(), null, null));
        }
        return resolved;
    }

    private Certified keptTrainer(long trainingId, long certificateId) {
        Participant person = em.createQuery("""
                select tt.participant from TrainingTrainer tt
                where tt.training.id = :training and tt.trainerCertificateId = :certificate""", Participant.class)
                .setParameter("training", trainingId).setParameter("certificate", certificateId).getSingleResult();
        return new Certified(certificateId, person, null, null);
    }

    /**
     * The participant of this task force of the name (as duplicates are compared), or a new one: a trainer certified
     * by another task force's course, of an outside agency named after that task force until a coordinator says
     * more on the participants' page.
     */
    private Participant participantNamed(String name, String certifyingTaskForce) {
        List<Participant> found = em.createQuery(
                "select p from Participant p where p.normalisedName = :name order by p.id", Participant.class)
                .setParameter("name", Participant.normalise(name)).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Participant person = new Participant(OffsetDateTime.now(ZoneOffset.UTC));
        String agency = certifyingTaskForce.length() > Participant.OUTSIDE_AGENCY_LENGTH
                ? certifyingTaskForce.substring(0, Participant.OUTSIDE_AGENCY_LENGTH) : certifyingTaskForce;
        person.describe(name, null, agency, AgencyType.OTHER, null, Sex.NOT_STATED, null, null);
        em.persist(person);
        em.flush();
        return person;
    }

    /**
     * A name's initials as the database writes them ({@code person_initials}): "Ana María Benítez" is "A. M. B.".
     * Compared without accents or case: "Oscar" typed for "Óscar" printed is the same person.
     */
    static String initials(String name) {
        return java.util.Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }

    /** A certified trainer ready to record: the participant, or the name of one to find or add. */
    private record Certified(long certificateId, Participant participant, String name, String taskForceName) {
    }

    /** A row of {@code trainer_certificate_by_code}. */
    private record TrainerCertificateRow(long certificateId, String courseTitle, String taskForceName,
            boolean certifiesTrainer) {
    }

    /** The one column of {@code certificate_verification} the dialog needs. */
    private record HolderRow(String holderInitials) {
    }

    /** A row of {@code training_trainer_certificates}. */
    private record TrainerCertificateOfTraining(long certificateId, String courseTitle, String taskForceName,
            String holderInitials) {
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
