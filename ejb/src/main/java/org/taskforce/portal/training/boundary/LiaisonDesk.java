package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.training.control.AttendanceReport;
import org.taskforce.portal.training.control.AttendanceReportRow;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * What a sponsor's liaison sees and decides, across task forces: the trainings their sponsor funds (counts only) and
 * their people by agency type and by sex (small groups hidden), the nominations waiting for their sponsor's decision,
 * one training's participants with their attendance, the attendance report of a range of days, and the decision
 * itself. Every read that returns people's names is recorded in the audit trail of the task force it reads. Liaisons
 * belong to no task force: everything goes through the narrow database functions of
 * {@code V9_1__training_liaison.sql} and {@code V11__training_liaison_view.sql}, with the sponsor of the liaison's own
 * token ({@link LiaisonSponsor}), never through the tables.
 */
@Stateless
@RolesAllowed(PortalRole.LIAISON)
public class LiaisonDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiaisonSponsor sponsor;

    @Inject
    CurrentActor actor;

    /**
     * The trainings the sponsor funds, the latest first: those of the period from {@code since} on (a session of
     * theirs ends then or later, or none is planned yet), or every one when {@code since} is {@code null}. The
     * liaison's page asks for this year and the last unless the liaison wants earlier years: the cost of the list
     * then stays that of two years however many are kept (at 15 years, 1.4 s under load for every year).
     */
    public List<SponsorTraining> trainings(Instant since) {
        return RecordQuery.of(em, SponsorTraining.class, "sponsor_trainings(?1, cast(?2 as timestamptz))")
                .parameter(1, sponsorCode()).parameter(2, timestamp(since)).list();
    }

    /**
     * The people of the trainings the sponsor funds, by agency type and by sex (groups under 5 people hidden): of the
     * trainings {@link #trainings(Instant)} lists for the same {@code since}.
     */
    public List<SponsorFigure> figures(Instant since) {
        return RecordQuery.of(em, SponsorFigure.class, "sponsor_training_figures(?1, cast(?2 as timestamptz))")
                .parameter(1, sponsorCode()).parameter(2, timestamp(since)).list();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * One training the sponsor funds, with its sessions and its participants by name and their attendance. Recorded in
     * the audit trail of the training's task force when it has anyone to show.
     *
     * @throws TrainingNotFoundException if it is unknown or another sponsor's (the same answer)
     */
    public SponsoredTraining training(long trainingId) {
        String code = sponsorCode();
        Actor who = actor.require();
        TrainingHeader header = RecordQuery.of(em, TrainingHeader.class, "sponsor_training(?1, ?2)")
                .parameter(1, code).parameter(2, trainingId).first().orElseThrow(TrainingNotFoundException::new);
        List<SessionSpan> sessions = RecordQuery.of(em, SessionRow.class, "sponsor_training_sessions(?1, ?2)")
                .parameter(1, code).parameter(2, trainingId).list().stream()
                .map(row -> new SessionSpan(row.sessionId(), row.startsAt().toInstant(), row.endsAt().toInstant()))
                .toList();
        List<ParticipantSessionRow> rows = RecordQuery.of(em, ParticipantSessionRow.class,
                        "sponsor_training_participants(?1, ?2, ?3, ?4, ?5)")
                .parameter(1, code).parameter(2, trainingId).parameter(3, who.subject()).parameter(4, who.name())
                .parameter(5, who.address()).list();
        return new SponsoredTraining(header.trainingId(), header.taskForceName(), header.title(), header.kind(),
                header.language(), header.venue(), header.capacity(), header.completionPercent(), header.cancelled(),
                header.firstStart(), header.lastEnd(), sessions, participants(rows));
    }

    /**
     * The attendance report of the sponsor's trainings with sessions within the range's days: one row per participant
     * and training. Recorded in the audit trail of each training's task force it returns people of.
     */
    public AttendanceReport report(@NotNull @Valid ReportRange range) {
        Actor who = actor.require();
        List<AttendanceReportRow> rows = RecordQuery.of(em, AttendanceReportRow.class,
                        "sponsor_attendance_report(?1, ?2, ?3, ?4, ?5, ?6)")
                .parameter(1, sponsorCode()).parameter(2, Date.valueOf(range.from()))
                .parameter(3, Date.valueOf(range.to())).parameter(4, who.subject()).parameter(5, who.name())
                .parameter(6, who.address()).list();
        return new AttendanceReport(range.from(), range.to(), rows);
    }

    /** One row per nomination and session, as the function returns them, folded into one per nomination. */
    private static List<SponsoredParticipant> participants(List<ParticipantSessionRow> rows) {
        Map<Long, List<ParticipantSessionRow>> byNomination = new LinkedHashMap<>();
        for (ParticipantSessionRow row : rows) {
            byNomination.computeIfAbsent(row.nominationId(), id -> new ArrayList<>()).add(row);
        }
        List<SponsoredParticipant> participants = new ArrayList<>();
        for (List<ParticipantSessionRow> sessions : byNomination.values()) {
            ParticipantSessionRow first = sessions.get(0);
            Map<Long, AttendanceMark> marks = new HashMap<>();
            Map<Long, Long> minutes = new HashMap<>();
            for (ParticipantSessionRow row : sessions) {
                if (row.sessionId() != null && row.mark() != null) {
                    marks.put(row.sessionId(), AttendanceMark.valueOf(row.mark()));
                    minutes.put(row.sessionId(), row.sessionMinutes());
                }
            }
            participants.add(new SponsoredParticipant(first.nominationId(), first.participantId(),
                    first.participantName(), first.agencyName(), first.agencyType(), first.participantPosition(),
                    first.participantSex(), first.nominationState(), marks, minutes, first.minutesAttended(),
                    first.completed()));
        }
        return participants;
    }

    /** What {@code sponsor_training} returns. */
    private record TrainingHeader(long trainingId, String taskForceName, String title, String kind, String language,
            String venue, int capacity, int completionPercent, boolean cancelled, OffsetDateTime firstStart,
            OffsetDateTime lastEnd) {
    }

    /** What {@code sponsor_training_sessions} returns. */
    private record SessionRow(long sessionId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    /** What {@code sponsor_training_participants} returns: a nomination and one session (null for none). */
    private record ParticipantSessionRow(long nominationId, long participantId, String participantName,
            String agencyName, String agencyType, String participantPosition, String participantSex,
            String nominationState, Long sessionId, String mark, Long sessionMinutes, long minutesAttended,
            boolean completed) {
    }

    /** The nominations waiting for the sponsor's decision, the soonest training first. Audited per task force. */
    public List<WaitingNomination> waiting() {
        Actor who = actor.require();
        return RecordQuery.of(em, WaitingNomination.class, "sponsor_waiting_nominations(?1, ?2, ?3, ?4)")
                .parameter(1, sponsorCode()).parameter(2, who.subject()).parameter(3, who.name())
                .parameter(4, who.address()).list();
    }

    /**
     * Approves or declines a nomination for the sponsor.
     *
     * @throws NominationNotFoundException if it is unknown, or of a training the sponsor does not fund (the same
     *         answer: a liaison learns nothing of other sponsors' nominations)
     * @throws AlreadyDecidedException if the sponsor decided it already or it no longer waits
     */
    public void decide(long nominationId, @NotNull @Valid DecisionDraft draft) {
        Actor who = actor.require();
        try {
            em.createNativeQuery("select liaison_decide_nomination(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, sponsorCode()).setParameter(2, nominationId).setParameter(3, draft.approved())
                    .setParameter(4, draft.reason()).setParameter(5, who.subject()).setParameter(6, who.name())
                    .setParameter(7, who.address()).getSingleResult();
        } catch (PersistenceException e) {
            String state = sqlState(e);
            if ("P0002".equals(state)) {
                throw new NominationNotFoundException();
            }
            if ("23505".equals(state)) {
                throw new AlreadyDecidedException();
            }
            throw e;
        }
    }

    private String sponsorCode() {
        return sponsor.code().orElseThrow(() -> new NotAllowedException("a liaison without a sponsor",
                "liaison.noSponsor"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
