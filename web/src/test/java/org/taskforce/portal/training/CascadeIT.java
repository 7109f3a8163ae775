package org.taskforce.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.training.boundary.Cascade;
import org.taskforce.portal.training.boundary.Cascades;
import org.taskforce.portal.training.boundary.Certificates;
import org.taskforce.portal.training.boundary.CertifiedTrainerDraft;
import org.taskforce.portal.training.boundary.CertifiedTrainerRow;
import org.taskforce.portal.training.boundary.OwnCertificate;
import org.taskforce.portal.training.boundary.SessionDraft;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainerCertificate;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.TrainingNotFoundException;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.control.CertificateCodes;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * The Train-the-Trainer cascade across task forces on the real PostgreSQL: a replication in one task force names its
 * trainer by the code of a certificate of another's course (a revoked one, one of another kind of training and an
 * unknown code are refused alike; the name must be the holder's); the course's task force then sees the replication
 * with its people hidden under 5 ("fewer than 5", never a number, in the totals too), its own replication's people
 * counted, and the reach per sponsor; a member of the replication's task force cannot open the course's cascade. The
 * holder, a member of the other task force, finds and downloads her certificate of the course there.
 */
@ExtendWith(ArquillianExtension.class)
class CascadeIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    @Inject
    Trainings trainings;

    @Inject
    Cascades cascades;

    @Inject
    Certificates certificates;

    @Inject
    Sponsors sponsors;

    @Inject
    CalendarPeople people;

    @Inject
    As as;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aReplicationElsewhereNamesItsTrainerByCertificateAndTheCourseSeesItsReachWithSmallCountsHidden()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Person courseCoordinator = people.member(people.taskForce("curso"), "policia-nacional");
        TaskForce elsewhere = people.taskForce("replica");
        Person replicationCoordinator = people.member(elsewhere, "policia-nacional");
        String sponsorCode = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long sponsor = as.nationalCoordinator(() -> sponsors.add(new SponsorDraft(sponsorCode,
                "Patrocinador " + sponsorCode, false))).getId();

        long course;
        String trainerCode = CertificateCodes.next();
        String revokedCode = CertificateCodes.next();
        String awarenessCode = CertificateCodes.next();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            JdbcTaskForce.actFor(db, courseCoordinator.taskForceId(), actor(courseCoordinator));
            long tf = courseCoordinator.taskForceId();
            course = training(db, tf, "Formación de formadores " + tag, "TRAIN_THE_TRAINER", sponsor);
            long awareness = training(db, tf, "Sensibilización " + tag, "AWARENESS", sponsor);
            long ana = person(db, tf, "Ana María Sosa");
            // Her portal account is the replication's coordinator's: a person of the other task force.
            id(db, "update participant set account = ? where id = ? returning id", replicationCoordinator.username(),
                    ana);
            certificate(db, tf, course, ana, trainerCode, false);
            certificate(db, tf, course, person(db, tf, "Beto Ruiz"), revokedCode, true);
            certificate(db, tf, awareness, person(db, tf, "Carla Díaz"), awarenessCode, false);
            db.commit();
        }

        people.coordinate(replicationCoordinator);
        List<OwnCertificate> hers = certificates.mineElsewhere();
        assertEquals(List.of("Formación de formadores " + tag), hers.stream().map(OwnCertificate::trainingTitle)
                .toList(), "her certificate of the other task force's course, and nobody else's");
        byte[] pdf = certificates.ownPdf(hers.get(0).certificateId(), "https://portal.example/verify/",
                ResourceBundle.getBundle("org.taskforce.portal.i18n.messages", Locale.forLanguageTag("es")),
                Locale.forLanguageTag("es"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        long beto = JdbcTaskForce.count(dataSource, courseCoordinator.taskForceId(),
                "select id from certificate where code = ?", revokedCode);
        assertThrows(NotFoundException.class, () -> certificates.ownPdf(beto, "https://portal.example/verify/",
                ResourceBundle.getBundle("org.taskforce.portal.i18n.messages", Locale.forLanguageTag("es")),
                Locale.forLanguageTag("es")), "another person's certificate");
        for (String code : List.of(revokedCode, awarenessCode, "no-such-code-" + tag, "")) {
            InvalidException refused = assertThrows(InvalidException.class, () -> trainings.trainerCertificate(code),
                    "not a trainer's certificate: " + code);
            assertEquals(Trainings.TRAINER_CODE, refused.problems().get(0).field());
            assertEquals("training.error.notATrainerCertificate", refused.problems().get(0).messageKey());
        }
        TrainerCertificate found = trainings.trainerCertificate(trainerCode);
        assertEquals("Formación de formadores " + tag, found.courseTitle());
        assertEquals("A. M. S.", found.holderInitials());
        assertTrue(found.ofAnotherTaskForce(), "the holder's name is not said across task forces");
        assertNull(found.holderName());
        assertEquals("training.error.trainerNameRequired", assertThrows(InvalidException.class,
                () -> trainings.certifiedTrainer(CertifiedTrainerDraft.byCode(trainerCode, null)))
                .problems().get(0).messageKey());
        assertEquals("training.error.trainerNameMismatch", assertThrows(InvalidException.class,
                () -> trainings.certifiedTrainer(CertifiedTrainerDraft.byCode(trainerCode, "Ana Sosa")))
                .problems().get(0).messageKey());
        trainings.certifiedTrainer(CertifiedTrainerDraft.byCode(trainerCode, "ana maria sosa"));

        long replication = trainings.plan(draft("Réplica " + tag, sponsor), List.of(
                CertifiedTrainerDraft.byCode(trainerCode, "Ana María Sosa")));
        List<CertifiedTrainerRow> certified = trainings.certifiedTrainers(replication);
        assertEquals(1, certified.size());
        assertEquals("Ana María Sosa", certified.get(0).name(), "a participant of the replication's task force");
        assertEquals(found.certificateId(), certified.get(0).certificateId());
        assertEquals("Formación de formadores " + tag, certified.get(0).courseTitle());
        assertThrows(InvalidException.class, () -> trainings.plan(draft("Réplica rechazada " + tag, sponsor),
                List.of(CertifiedTrainerDraft.byCode(revokedCode, "Beto Ruiz"))));
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long tf = replicationCoordinator.taskForceId();
            JdbcTaskForce.actFor(db, tf, actor(replicationCoordinator));
            for (String name : List.of("Diego Uno", "Elena Dos", "Fabio Tres")) {
                confirmedAndPresent(db, tf, replication, person(db, tf, name + " " + tag));
            }
            db.commit();
        }
        assertThrows(TrainingNotFoundException.class, () -> cascades.of(course),
                "another task force's course has no cascade for this one");

        // The course's own replication, by the same trainer's certificate, with two people.
        people.coordinate(courseCoordinator);
        long own = trainings.plan(draft("Réplica propia " + tag, sponsor), List.of(
                CertifiedTrainerDraft.byCode(trainerCode, null)));
        assertEquals("Ana María Sosa", trainings.certifiedTrainers(own).get(0).name(), "the holder herself");
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long tf = courseCoordinator.taskForceId();
            JdbcTaskForce.actFor(db, tf, actor(courseCoordinator));
            for (String name : List.of("Gina Cuatro", "Hugo Cinco")) {
                confirmedAndPresent(db, tf, own, person(db, tf, name + " " + tag));
            }
            db.commit();
        }

        people.act(courseCoordinator);
        Cascade cascade = cascades.of(course);
        assertEquals(List.of("A. M. S.", "B. R."), cascade.trainers().stream().map(Cascade.Trainer::initials).toList());
        assertTrue(cascade.trainers().get(1).revoked());
        assertEquals(List.of(), cascade.trainers().get(1).replications());
        List<Cascade.Replication> given = cascade.trainers().get(0).replications();
        assertEquals(2, given.size());
        Cascade.Replication away = given.stream().filter(r -> !r.own()).findFirst().orElseThrow();
        Cascade.Replication home = given.stream().filter(Cascade.Replication::own).findFirst().orElseThrow();
        assertEquals(elsewhere.getName(), away.taskForce());
        assertNull(away.confirmed(), "3 people of another task force: hidden, not 3 and not 0");
        assertNull(away.completed());
        assertEquals(2L, home.confirmed(), "the course's own task force counts its own people");

        Cascade.Reach awayReach = cascade.byTaskForce().stream()
                .filter(reach -> reach.name().equals(elsewhere.getName())).findFirst().orElseThrow();
        assertTrue(awayReach.confirmed().fewerThanFive(), "the total of one hidden count is fewer than 5");
        assertFalse(cascade.total().confirmed().exact(), "a total with a hidden count is not a number");
        assertEquals(3, cascade.total().confirmed().atLeast(), "2 counted and at least 1 hidden");
        assertEquals(List.of("Patrocinador " + sponsorCode), cascade.bySponsor().stream().map(Cascade.Reach::name).toList());
        assertEquals(2, cascade.bySponsor().get(0).replications());
        assertThrows(TrainingNotFoundException.class, () -> cascades.of(own), "a replication has no cascade");
    }

    private static TrainingDraft draft(String title, long sponsor) {
        return new TrainingDraft(title, TrainingKind.REPLICATION, Set.of(), Set.of(sponsor), "es", "Encarnación",
                20, 80, List.of(new SessionDraft(null, LocalDate.of(2026, 9, 7), LocalTime.of(9, 0),
                        LocalTime.of(13, 0))), Set.of(), ASUNCION);
    }

    private static Actor actor(Person person) {
        return new Actor(person.subject(), person.username(), null);
    }

    private static long training(Connection db, long tf, String title, String kind, long sponsor)
            throws SQLException {
        long training = id(db, "insert into training (tenant_id, title, kind, language, capacity, created_by)"
                + " values (?, ?, ?, 'es', 20, 'cascade-it') returning id", tf, title, kind);
        id(db, "insert into training_sponsors (tenant_id, training_id, sponsor_id) values (?, ?, ?) returning id",
                tf, training, sponsor);
        id(db, "insert into training_session (tenant_id, training_id, starts_at, ends_at) values (?, ?,"
                + " timestamptz '2026-08-03 08:00-03', timestamptz '2026-08-03 16:00-03') returning id", tf, training);
        return training;
    }

    private static long person(Connection db, long tf, String name) throws SQLException {
        return id(db, "insert into participant (tenant_id, name, normalised_name, outside_agency_name,"
                + " outside_agency_type, sex) values (?, ?, lower(?), 'ONG Cascada', 'NGO', 'FEMALE') returning id",
                tf, name, name);
    }

    private static void certificate(Connection db, long tf, long training, long person, String code,
            boolean revoked) throws SQLException {
        id(db, "insert into certificate (tenant_id, training_id, participant_id, code, revoked_at, revoked_reason)"
                + " values (?, ?, ?, ?, " + (revoked ? "now(), 'error'" : "null, null") + ") returning id",
                tf, training, person, code);
    }

    private static void confirmedAndPresent(Connection db, long tf, long training, long person)
            throws SQLException {
        id(db, "insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)"
                + " values (?, ?, ?, 'CONFIRMED', 'cascade-it') returning id", tf, training, person);
        id(db, "insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)"
                + " select ?, id, ?, 'PRESENT', 240, 'cascade-it' from training_session where training_id = ?"
                + " returning id", tf, person, training);
    }

    private static long id(Connection db, String sql, Object... parameters) throws SQLException {
        return JdbcTaskForce.returning(db, sql, parameters);
    }
}
