package org.taskforce.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.training.boundary.LiaisonDesk;
import org.taskforce.portal.training.boundary.LiaisonSponsor;
import org.taskforce.portal.training.boundary.NominationNotFoundException;
import org.taskforce.portal.training.boundary.NominationRow;
import org.taskforce.portal.training.boundary.Nominations;
import org.taskforce.portal.training.boundary.ParticipantDraft;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.SessionDraft;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.TrainingFigures;
import org.taskforce.portal.training.boundary.TrainingFullException;
import org.taskforce.portal.training.boundary.TrainingNotFoundException;
import org.taskforce.portal.training.boundary.TrainingRow;
import org.taskforce.portal.training.boundary.TrainingSummary;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.entity.NominationState;
import org.taskforce.portal.training.entity.Sex;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * Plans, nominates and approves on the real PostgreSQL: a training's sessions become calendar events, a session
 * ending before it starts is refused, capacity holds, duplicates are found and merged, and a sponsor's liaison sees
 * and decides only what their sponsor funds (the audit trail of the task force records their reading of names).
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    @Inject
    Trainings trainings;

    @Inject
    Nominations nominations;

    @Inject
    Participants participants;

    @Inject
    Sponsors sponsors;

    @Inject
    LiaisonDesk desk;

    @Inject
    LiaisonSponsor liaisonSponsor;

    @Inject
    CalendarPeople people;

    @Inject
    TrainingFigures figures;

    @Inject
    As as;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aPlannedTrainingPutsItsSessionsInTheCalendarAndASessionEndingBeforeItStartsIsRefused() throws Exception {
        Person coordinator = coordinatorOf(people.taskForce("plan"));
        long sponsor = sponsor(false);
        people.coordinate(coordinator);

        InvalidException refused = assertThrows(InvalidException.class, () -> trainings.plan(draft("Al revés",
                sponsor, 10, new SessionDraft(null, LocalDate.of(2027, 3, 1), LocalTime.of(13, 0),
                        LocalTime.of(9, 0)))));
        assertEquals("training.error.sessionEndsBeforeStart", refused.problems().get(0).messageKey());
        assertEquals(0, trainings.list(null).size(), "nothing was written");

        long id = trainings.plan(draft("Identificación de víctimas", sponsor, 10,
                new SessionDraft(null, LocalDate.of(2027, 3, 1), LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new SessionDraft(null, LocalDate.of(2027, 3, 2), LocalTime.of(9, 0), LocalTime.of(12, 30))));

        assertEquals(2, events(coordinator.taskForceId(), "Identificación de víctimas"), "one event per session");
        assertEquals(7.5, trainings.list(null).get(0).hours());
        trainings.cancel(id, trainings.details(id).training().getVersion());
        assertEquals(0, events(coordinator.taskForceId(), "Identificación de víctimas"), "cancelled: events gone");
    }

    @Test
    void theNationalFiguresCountTheTrainingsOfTheLastTwelveMonthsAndThosePlanned() {
        TaskForce taskForce = people.taskForce("cifras");
        Person coordinator = coordinatorOf(taskForce);
        long sponsor = sponsor(false);
        people.coordinate(coordinator);
        LocalDate today = LocalDate.now(ASUNCION);
        trainings.plan(draft("Hace dos años", sponsor, 10, day(today.minusYears(2))));
        trainings.plan(draft("El mes pasado", sponsor, 10, day(today.minusMonths(1))));
        trainings.plan(draft("El mes que viene", sponsor, 10, day(today.plusMonths(1))));

        List<TrainingSummary> rows = as.nationalCoordinator(() -> figures.summaries()).stream()
                .filter(row -> row.taskForceName().equals(taskForce.getName())).toList();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(List.of(2L, 1L), List.of(rows.get(0).trainingsPlanned(), rows.get(0).trainingsHeld()),
                "last month's training and next month's, not the one of two years ago: " + rows);
    }

    /** The list opens on a period: the trainings with a session in it, planned ones included. */
    @Test
    void theListOfAPeriodHasTheTrainingsWithASessionInIt() {
        Person coordinator = coordinatorOf(people.taskForce("periodo"));
        long sponsor = sponsor(false);
        people.coordinate(coordinator);
        LocalDate today = LocalDate.now(ASUNCION);
        trainings.plan(draft("Hace tres años", sponsor, 10, day(today.minusYears(3))));
        trainings.plan(draft("De tres años a hoy", sponsor, 10, day(today.minusYears(3)), day(today.minusDays(1))));
        trainings.plan(draft("El mes que viene", sponsor, 10, day(today.plusMonths(1))));

        Instant twoYearsAgo = today.minusYears(2).atStartOfDay(ASUNCION).toInstant();
        assertEquals(Set.of("De tres años a hoy", "El mes que viene"),
                trainings.list(twoYearsAgo).stream().map(TrainingRow::title).collect(Collectors.toSet()));
        assertEquals(Set.of("Hace tres años", "De tres años a hoy", "El mes que viene"),
                trainings.list(null).stream().map(TrainingRow::title).collect(Collectors.toSet()), "every year");
    }

    @Test
    void capacityHoldsAndAnotherTaskForceGetsNothingById() {
        Person coordinator = coordinatorOf(people.taskForce("cupo"));
        long sponsor = sponsor(false);
        people.coordinate(coordinator);
        long training = trainings.plan(draft("Cupo de uno", sponsor, 1, session()));
        long first = participants.add(person("Ana Pérez", "ana@example.org"));
        long second = participants.add(person("Luis Gómez", null));

        nominations.nominate(training, first);
        TrainingFullException full = assertThrows(TrainingFullException.class,
                () -> nominations.nominate(training, second));
        assertEquals(List.of(1), full.arguments());
        assertEquals(NominationState.NOMINATED, trainings.details(training).nominations().get(0).state());

        Person stranger = coordinatorOf(people.taskForce("ajena"));
        people.coordinate(stranger);
        assertThrows(TrainingNotFoundException.class, () -> trainings.details(training));
        assertEquals(0, trainings.list(null).size());
    }

    @Test
    void likelyDuplicatesAreFoundWithAccentsAndCaseIgnoredAndMerged() {
        Person coordinator = coordinatorOf(people.taskForce("dupl"));
        long sponsor = sponsor(false);
        people.coordinate(coordinator);
        long training = trainings.plan(draft("Servidumbre doméstica", sponsor, 5, session()));
        long first = participants.add(person("José Gómez", null));
        nominations.nominate(training, first);

        List<ParticipantRow> found = participants.duplicates(person("  jose   GOMEZ ", null), null);
        assertEquals(List.of(first), found.stream().map(ParticipantRow::id).toList());
        long second = participants.add(person("jose gomez", "jose@example.org"));

        participants.merge(first, second);
        List<ParticipantRow> left = participants.list();
        assertEquals(1, left.size());
        assertEquals("jose@example.org", left.get(0).email(), "what the kept record lacked came from the duplicate");
    }

    @Test
    void aLiaisonSeesAndDecidesOnlyWhatTheirSponsorFunds() throws SQLException {
        Person coordinator = coordinatorOf(people.taskForce("enlace"));
        String state = code();
        String oas = code();
        long stateSponsor = sponsor(state, true);
        sponsor(oas, true);
        people.coordinate(coordinator);
        long training = trainings.plan(draft("Solo Estado", stateSponsor, 5, session()));
        nominations.nominate(training, participants.add(person("Carmen Villalba", null)));
        long declined = nominations.nominate(training, participants.add(person("Rubén Martínez", null)));
        NominationRow waiting = trainings.details(training).nominations().get(0);
        assertEquals(NominationState.AWAITING_APPROVAL, waiting.state());

        liaisonSponsor.represent(oas);
        as.role("liaison", () -> {
            assertEquals(List.of(), desk.trainings(null), "an OAS liaison gets nothing of a State-only training");
            assertEquals(List.of(), desk.waiting());
            assertThrows(NominationNotFoundException.class, () -> desk.decide(waiting.id(),
                    new org.taskforce.portal.training.boundary.DecisionDraft(true, null)));
        });

        liaisonSponsor.represent(state);
        as.role("liaison", () -> {
            assertEquals(2, desk.waiting().size());
            desk.decide(waiting.id(), new org.taskforce.portal.training.boundary.DecisionDraft(true, null));
            InvalidException noReason = assertThrows(InvalidException.class, () -> desk.decide(declined,
                    new org.taskforce.portal.training.boundary.DecisionDraft(false, " ")));
            assertEquals("reason", noReason.problems().get(0).field());
            desk.decide(declined, new org.taskforce.portal.training.boundary.DecisionDraft(false, "Sin cupo"));
            assertEquals(1, desk.trainings(null).size());
            assertEquals(1, desk.trainings(null).get(0).confirmed());
        });

        people.coordinate(coordinator);
        assertEquals(Set.of(NominationState.CONFIRMED, NominationState.DECLINED), Set.copyOf(
                trainings.details(training).nominations().stream().map(NominationRow::state).toList()));
        assertTrue(auditEvents(coordinator.taskForceId(), "LIAISON_READ_NOMINEES") >= 1,
                "the liaison's reading of names is in the task force's audit trail");
        assertEquals(2, auditEvents(coordinator.taskForceId(), "RECORD_CREATED", "nomination_decision"),
                "each decision is written, and audited, in the task force");
    }

    private Person coordinatorOf(TaskForce taskForce) {
        return people.member(taskForce, "policia-nacional");
    }

    private long sponsor(boolean approves) {
        return sponsor(code(), approves);
    }

    private long sponsor(String code, boolean approves) {
        return as.nationalCoordinator(() -> sponsors.add(new SponsorDraft(code, "Patrocinador " + code, approves)))
                .getId();
    }

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static SessionDraft session() {
        return new SessionDraft(null, LocalDate.of(2027, 4, 5), LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    private static SessionDraft day(LocalDate date) {
        return new SessionDraft(null, date, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    private static TrainingDraft draft(String title, long sponsor, int capacity, SessionDraft... sessions) {
        return new TrainingDraft(title, TrainingKind.AWARENESS, Set.of(), Set.of(sponsor), "es", "Encarnación",
                capacity, 80, List.of(sessions), Set.of(), ASUNCION);
    }

    private static ParticipantDraft person(String name, String email) {
        return new ParticipantDraft(name, null, "Fundación Luna Nueva", AgencyType.NGO, "Educadora", Sex.FEMALE,
                email, null);
    }

    private long events(long taskForceId, String title) throws SQLException {
        return count(taskForceId, "select count(*) from calendar_event where title = ?", title);
    }

    private long auditEvents(long taskForceId, String action, String... recordType) throws SQLException {
        return recordType.length == 0
                ? count(taskForceId, "select count(*) from audit_event where action = ?", action)
                : count(taskForceId, "select count(*) from audit_event where action = ? and record_type = '"
                        + recordType[0] + "'", action);
    }

    private long count(long taskForceId, String sql, String parameter) throws SQLException {
        return JdbcTaskForce.count(dataSource, taskForceId, sql, parameter);
    }
}
