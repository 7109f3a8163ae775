package org.taskforce.portal.training;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.training.boundary.Attendances;
import org.taskforce.portal.training.boundary.LiaisonDesk;
import org.taskforce.portal.training.boundary.LiaisonSponsor;
import org.taskforce.portal.training.boundary.MarkInput;
import org.taskforce.portal.training.boundary.Nominations;
import org.taskforce.portal.training.boundary.ParticipantDraft;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.ReportRange;
import org.taskforce.portal.training.boundary.SessionDraft;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.boundary.SponsorFigure;
import org.taskforce.portal.training.boundary.SponsorTraining;
import org.taskforce.portal.training.boundary.SponsoredParticipant;
import org.taskforce.portal.training.boundary.SponsoredTraining;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.TrainingNotFoundException;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.control.AttendanceReport;
import org.taskforce.portal.training.control.AttendanceReportRow;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.entity.AttendanceMark;
import org.taskforce.portal.training.entity.Sex;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * The liaison's view of one sponsor's trainings on the real PostgreSQL, through {@code V11__training_liaison_view.sql}:
 * the list with attended, completed and hours; the figures by agency type and sex with groups under 5 people hidden;
 * one training's participants by name with their attendance; the attendance report of a range of days. Every read
 * of names is one event in the training's task force's audit trail; a liaison of another sponsor gets nothing of it
 * and leaves no trace there.
 */
@ExtendWith(ArquillianExtension.class)
class LiaisonViewIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    /** Two sessions in the past: 4 hours, then 2. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 5, 5);

    @Inject
    Trainings trainings;

    @Inject
    Participants participants;

    @Inject
    Nominations nominations;

    @Inject
    Attendances attendances;

    @Inject
    Sponsors sponsors;

    @Inject
    LiaisonDesk desk;

    @Inject
    LiaisonSponsor liaisonSponsor;

    @Inject
    CalendarPeople people;

    @Inject
    As as;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aLiaisonReadsTheirSponsorsTrainingByNameAndEveryReadOfNamesIsAudited() throws SQLException {
        Person coordinator = people.member(people.taskForce("vista"), "policia-nacional");
        String state = code();
        String oas = code();
        long stateSponsor = sponsor(state);
        sponsor(oas);
        people.coordinate(coordinator);
        long training = trainings.plan(new TrainingDraft("Curso del Estado", TrainingKind.SPECIALISED, Set.of(),
                Set.of(stateSponsor), "es", "Ciudad del Este", 10, 80, List.of(
                        new SessionDraft(null, FIRST_DAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new SessionDraft(null, FIRST_DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0))),
                Set.of(), ASUNCION));
        // Five women of an NGO (four attend everything, one only the first session) and one man who does not come.
        List<Long> women = new ArrayList<>();
        for (String name : List.of("Ana Ríos", "Berta Gómez", "Carla Núñez", "Dora Páez", "Elsa Vera")) {
            women.add(confirmed(training, name, Sex.FEMALE));
        }
        long man = confirmed(training, "Fabio Ruiz", Sex.MALE);
        List<SessionSpan> sessions = attendances.sheet(training).sessions();
        List<MarkInput> marks = new ArrayList<>();
        for (long woman : women) {
            marks.add(new MarkInput(sessions.get(0).sessionId(), woman, AttendanceMark.PRESENT, null));
            marks.add(new MarkInput(sessions.get(1).sessionId(), woman,
                    woman == women.get(4) ? AttendanceMark.ABSENT : AttendanceMark.PRESENT, null));
        }
        marks.add(new MarkInput(sessions.get(0).sessionId(), man, AttendanceMark.ABSENT, null));
        attendances.save(training, marks);

        liaisonSponsor.represent(oas);
        as.role(PortalRole.LIAISON, () -> {
            assertEquals(List.of(), desk.trainings(null), "an OAS liaison gets nothing of a State-only training");
            assertEquals(List.of(), desk.figures(null));
            assertThrows(TrainingNotFoundException.class, () -> desk.training(training));
            assertEquals(List.of(), desk.report(new ReportRange(FIRST_DAY, FIRST_DAY.plusDays(1))).rows());
        });
        assertEquals(0, audited(coordinator.taskForceId(), training), "another sponsor's liaison read no names");

        liaisonSponsor.represent(state);
        as.role(PortalRole.LIAISON, () -> {
            Instant afterItsSessions = FIRST_DAY.plusMonths(1).atStartOfDay(ASUNCION).toInstant();
            assertEquals(List.of(), desk.trainings(afterItsSessions), "a period after its last session leaves it out");
            SponsorTraining listed = desk.trainings(FIRST_DAY.atStartOfDay(ASUNCION).toInstant()).get(0);
            assertEquals(listed, desk.trainings(null).get(0), "the same row for a period and for every year");
            assertAll("the list: counts, no names",
                    () -> assertEquals(training, listed.trainingId()),
                    () -> assertEquals("HELD", listed.status()),
                    () -> assertEquals(6, listed.confirmed()),
                    () -> assertEquals(5, listed.attended()),
                    () -> assertEquals(4, listed.completed()),
                    () -> assertEquals(0, new BigDecimal("28.0").compareTo(listed.hoursAttended()), "4 × 6 h + 4 h"));

            assertEquals(List.of(), desk.figures(afterItsSessions), "the figures cover the trainings listed");
            assertEquals(desk.figures(null), desk.figures(FIRST_DAY.atStartOfDay(ASUNCION).toInstant()));
            Map<String, SponsorFigure> figures = desk.figures(null).stream()
                    .collect(Collectors.toMap(figure -> figure.dimension() + " " + figure.category(),
                            Function.identity()));
            SponsorFigure female = figures.get("SEX FEMALE");
            SponsorFigure male = figures.get("SEX MALE");
            assertAll("the figures: groups under 5 people hidden",
                    () -> assertEquals(5, female.peopleConfirmed()),
                    () -> assertEquals(5, female.peopleAttended()),
                    () -> assertNull(female.peopleCompleted(), "4 completed: fewer than 5, hidden"),
                    () -> assertEquals(0, new BigDecimal("28.0").compareTo(female.hoursAttended())),
                    () -> assertNull(male.peopleConfirmed(), "one man: nothing shown of him"),
                    () -> assertNull(male.hoursAttended()),
                    () -> assertEquals(6, figures.get("AGENCY_TYPE NGO").peopleConfirmed()));

            SponsoredTraining opened = desk.training(training);
            Map<String, SponsoredParticipant> byName = opened.participants().stream()
                    .collect(Collectors.toMap(SponsoredParticipant::name, Function.identity()));
            long first = opened.sessions().get(0).sessionId();
            long second = opened.sessions().get(1).sessionId();
            assertAll("one training, by name",
                    () -> assertEquals(2, opened.sessions().size()),
                    () -> assertEquals(360, opened.trainingMinutes()),
                    () -> assertEquals(6, opened.participants().size()),
                    () -> assertEquals(6.0, byName.get("Ana Ríos").hours()),
                    () -> assertTrue(byName.get("Ana Ríos").completed()),
                    () -> assertEquals("CONFIRMED", byName.get("Ana Ríos").nominationState()),
                    () -> assertEquals("Fundación Luna Nueva", byName.get("Ana Ríos").agencyName()),
                    () -> assertEquals("NGO", byName.get("Ana Ríos").agencyType()),
                    () -> assertEquals("FEMALE", byName.get("Ana Ríos").sex()),
                    () -> assertEquals(4.0, byName.get("Elsa Vera").hours()),
                    () -> assertEquals(false, byName.get("Elsa Vera").completed(), "4 of 6 hours: under 80 %"),
                    () -> assertEquals(AttendanceMark.ABSENT, byName.get("Elsa Vera").mark(second)),
                    () -> assertEquals(AttendanceMark.ABSENT, byName.get("Fabio Ruiz").mark(first)),
                    () -> assertNull(byName.get("Fabio Ruiz").mark(second), "no mark recorded"));
            assertThrows(TrainingNotFoundException.class, () -> desk.training(Long.MAX_VALUE),
                    "an unknown id: the same answer as another sponsor's");

            AttendanceReport report = desk.report(new ReportRange(FIRST_DAY, FIRST_DAY));
            List<AttendanceReportRow> ours = report.rows().stream()
                    .filter(row -> row.trainingId() == training).toList();
            assertAll("the report of the first day: its session's hours only",
                    () -> assertEquals(6, ours.size()),
                    () -> assertEquals(240, ours.stream().filter(row -> row.participantName().equals("Ana Ríos"))
                            .findFirst().orElseThrow().minutesAttended()),
                    () -> assertTrue(ours.stream().filter(row -> row.participantName().equals("Ana Ríos"))
                            .findFirst().orElseThrow().completed(), "completed: over all its sessions"),
                    () -> assertEquals(0, ours.stream().filter(row -> row.participantName().equals("Fabio Ruiz"))
                            .findFirst().orElseThrow().minutesAttended()),
                    () -> assertEquals(20.0, report.hours(), "5 × 4 h"));
            assertEquals(List.of(), desk.report(new ReportRange(FIRST_DAY.plusDays(2), FIRST_DAY.plusDays(30)))
                    .rows(), "no session in those days");
        });

        assertEquals(1, audited(coordinator.taskForceId(), training, "LIAISON_READ_PARTICIPANTS"),
                "opening the training is one event in its task force's trail");
        assertEquals(1, audited(coordinator.taskForceId(), training, "LIAISON_READ_ATTENDANCE"),
                "the report naming its people is one event; the empty one none");
    }

    @Test
    void anEmptyInvertedOrTooLongReportRangeIsRefusedOnItsField() {
        liaisonSponsor.represent(code());
        as.role(PortalRole.LIAISON, () -> {
            InvalidException missing = assertThrows(InvalidException.class,
                    () -> desk.report(new ReportRange(null, FIRST_DAY)));
            InvalidException inverted = assertThrows(InvalidException.class,
                    () -> desk.report(new ReportRange(FIRST_DAY, FIRST_DAY.minusDays(1))));
            InvalidException tooLong = assertThrows(InvalidException.class,
                    () -> desk.report(new ReportRange(FIRST_DAY, FIRST_DAY.plusYears(3))));
            assertAll(
                    () -> assertEquals("from", missing.problems().get(0).field()),
                    () -> assertEquals("validation.NotNull", missing.problems().get(0).messageKey()),
                    () -> assertEquals("to", inverted.problems().get(0).field()),
                    () -> assertEquals("liaison.report.error.inverted", inverted.problems().get(0).messageKey()),
                    () -> assertEquals("from", tooLong.problems().get(0).field()),
                    () -> assertEquals("liaison.report.error.tooLong", tooLong.problems().get(0).messageKey()));
        });
    }

    /**
     * The minutes a liaison sees per person come from sums the database keeps as marks, sessions and people change
     * ({@code V17__training_attendance_totals.sql}): after each change they equal the session minutes read from the
     * marks themselves, and the figures expected.
     */
    @Test
    void theMinutesALiaisonSeesFollowEveryChangeOfMarksSessionsAndPeople() {
        Person coordinator = people.member(people.taskForce("vista"), "policia-nacional");
        String state = code();
        long stateSponsor = sponsor(state);
        people.coordinate(coordinator);
        SessionDraft morning = new SessionDraft(null, FIRST_DAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
        SessionDraft nextDay = new SessionDraft(null, FIRST_DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0));
        long training = trainings.plan(draft(stateSponsor, morning, nextDay));
        long ana = confirmed(training, "Ana Ríos", Sex.FEMALE);
        long berta = confirmed(training, "Berta Gómez", Sex.FEMALE);
        long anaAgain = confirmed(training, "Ana Rios", Sex.FEMALE);
        List<SessionSpan> sessions = attendances.sheet(training).sessions();
        long first = sessions.get(0).sessionId();
        long second = sessions.get(1).sessionId();
        attendances.save(training, List.of(
                new MarkInput(first, ana, AttendanceMark.PRESENT, null),
                new MarkInput(first, berta, AttendanceMark.LATE, 200),
                new MarkInput(second, berta, AttendanceMark.PRESENT, null),
                new MarkInput(second, anaAgain, AttendanceMark.PRESENT, null)));
        assertMinutes(state, training, Map.of("Ana Ríos", 240L, "Berta Gómez", 320L, "Ana Rios", 120L));

        attendances.save(training, List.of(new MarkInput(first, berta, AttendanceMark.ABSENT, null)));
        assertMinutes(state, training, Map.of("Ana Ríos", 240L, "Berta Gómez", 120L, "Ana Rios", 120L));

        SessionDraft longer = new SessionDraft(second, FIRST_DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0));
        trainings.change(training, trainings.details(training).training().getVersion(),
                draft(stateSponsor, new SessionDraft(first, morning.date(), morning.start(), morning.end()), longer));
        assertMinutes(state, training, Map.of("Ana Ríos", 240L, "Berta Gómez", 180L, "Ana Rios", 180L));

        participants.merge(ana, anaAgain);
        assertMinutes(state, training, Map.of("Ana Ríos", 420L, "Berta Gómez", 180L));

        trainings.change(training, trainings.details(training).training().getVersion(), draft(stateSponsor, longer));
        assertMinutes(state, training, Map.of("Ana Ríos", 180L, "Berta Gómez", 180L));
    }

    private static TrainingDraft draft(long sponsor, SessionDraft... sessions) {
        return new TrainingDraft("Curso de seguimiento", TrainingKind.SPECIALISED, Set.of(), Set.of(sponsor), "es",
                "Ciudad del Este", 10, 80, List.of(sessions), Set.of(), ASUNCION);
    }

    /** The liaison's minutes per person by name: as expected, and each the sum of their sessions' minutes. */
    private void assertMinutes(String sponsorCode, long training, Map<String, Long> expected) {
        liaisonSponsor.represent(sponsorCode);
        as.role(PortalRole.LIAISON, () -> {
            List<SponsoredParticipant> seen = desk.training(training).participants();
            assertEquals(expected, seen.stream().collect(Collectors.toMap(SponsoredParticipant::name,
                    SponsoredParticipant::minutesAttended)));
            for (SponsoredParticipant person : seen) {
                assertEquals(person.sessionMinutes().values().stream().mapToLong(Long::longValue).sum(),
                        person.minutesAttended(), person.name() + ": the kept sum and the marks agree");
            }
            BigDecimal listed = desk.trainings(null).stream().filter(row -> row.trainingId() == training).findFirst()
                    .orElseThrow().hoursAttended();
            BigDecimal hours = BigDecimal.valueOf(expected.values().stream().mapToLong(Long::longValue).sum())
                    .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            assertEquals(0, hours.compareTo(listed), "the list's hours: " + listed);
        });
    }

    /** A person of an outside NGO, nominated for the training and confirmed (the sponsor approves nobody). */
    private long confirmed(long training, String name, Sex sex) {
        long person = participants.add(new ParticipantDraft(name, null, "Fundación Luna Nueva", AgencyType.NGO,
                "Educadora", sex, null, null));
        nominations.confirm(nominations.nominate(training, person));
        return person;
    }

    private long sponsor(String code) {
        return as.nationalCoordinator(() -> sponsors.add(new SponsorDraft(code, "Patrocinador " + code, false)))
                .getId();
    }

    private static String code() {
        return "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** How many liaison reads of the training's names its task force's audit trail holds (of one kind, or any). */
    private long audited(long taskForceId, long training, String... action) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcTaskForce.enter(connection, taskForceId);
            try (PreparedStatement statement = connection.prepareStatement("""
                    select count(*) from audit_event
                    where record_type = 'training' and record_id = ? and action like ?""")) {
                statement.setString(1, Long.toString(training));
                statement.setString(2, action.length == 0 ? "LIAISON_READ_%" : action[0]);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                } finally {
                    connection.rollback();
                }
            }
        }
    }
}
