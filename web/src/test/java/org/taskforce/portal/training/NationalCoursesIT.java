package org.taskforce.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.database.SchemaMigration;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.testsupport.TestData;
import org.taskforce.portal.training.boundary.NationalCourse;
import org.taskforce.portal.training.boundary.NationalCourses;
import org.taskforce.portal.training.boundary.Nominations;
import org.taskforce.portal.training.boundary.ParticipantDraft;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.SessionDraft;
import org.taskforce.portal.training.boundary.SponsorDraft;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.TrainingDraft;
import org.taskforce.portal.training.boundary.TrainingNotFoundException;
import org.taskforce.portal.training.boundary.TrainingRow;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.training.entity.Sex;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * A national coordinator plans a national course in the task force they choose, on the real PostgreSQL: its sessions
 * go into the host's calendar and its writes into the host's audit trail under the national coordinator's name; the
 * host's coordinators then find it among their trainings and run it; the national list shows it across task forces
 * with small counts hidden; and the national path reaches no training that is not national, nor an archived host.
 */
@ExtendWith(ArquillianExtension.class)
class NationalCoursesIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    @Inject
    NationalCourses courses;

    @Inject
    Trainings trainings;

    @Inject
    Participants participants;

    @Inject
    Nominations nominations;

    @Inject
    Sponsors sponsors;

    @Inject
    CalendarPeople people;

    @Inject
    TestData testData;

    @Inject
    CurrentActor actor;

    @Inject
    Members members;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    As as;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aNationalCourseIsPlannedInTheChosenTaskForceAndItsCoordinatorsRunIt() throws SQLException {
        TaskForce host = people.taskForce("nacional");
        Person coordinator = people.member(host, "policia-nacional");
        long sponsor = sponsor();
        String title = "Formación nacional de formadores " + UUID.randomUUID().toString().substring(0, 6);
        Person elsewhere = people.member(people.taskForce("otra"), "policia-nacional");
        people.act(elsewhere);
        nationalCoordinator();

        long id = as.nationalCoordinator(() -> courses.plan(host.getId(), draft(title, sponsor)));

        assertEquals(elsewhere.taskForceId(), currentTaskForce.require(),
                "the request works for what it worked for before, once the course is planned");
        assertEquals(2, count(host.getId(), "select count(*) from calendar_event where title = ?", title),
                "one event per session, in the host's calendar");
        assertEquals(1, count(host.getId(),
                "select count(*) from audit_event where action = 'RECORD_CREATED' and record_type = 'training'"
                        + " and actor_name = ?", "coordinacion.nacional"),
                "the host's audit trail names the national coordinator");

        people.coordinate(coordinator);
        TrainingRow row = trainings.list(null).stream().filter(training -> training.id() == id).findFirst()
                .orElseThrow();
        assertTrue(row.national(), "the host's coordinators see a national course");
        for (int i = 0; i < 3; i++) {
            nominations.nominate(id, participants.add(person("Persona " + i)));
        }

        NationalCourse listed = as.nationalCoordinator(() -> courses.list()).stream()
                .filter(course -> course.trainingId() == id).findFirst().orElseThrow();
        assertEquals(host.getName(), listed.taskForceName());
        assertEquals(title, listed.title());
        assertNull(listed.nominated(), "3 people nominated: fewer than 5 is all a national list says");
        assertEquals(0L, listed.completed());

        people.coordinate(coordinator);
        for (int i = 3; i < 5; i++) {
            nominations.nominate(id, participants.add(person("Persona " + i)));
        }
        assertEquals(5L, as.nationalCoordinator(() -> courses.list()).stream()
                .filter(course -> course.trainingId() == id).findFirst().orElseThrow().nominated());
    }

    @Test
    void theNationalPathReachesNoOtherTrainingAndNoArchivedHost() {
        TaskForce host = people.taskForce("propia");
        Person coordinator = people.member(host, "policia-nacional");
        long sponsor = sponsor();
        people.coordinate(coordinator);
        long own = trainings.plan(draft("De la mesa", sponsor));
        int version = trainings.details(own).training().getVersion();

        nationalCoordinator();
        as.nationalCoordinator(() -> {
            assertThrows(TrainingNotFoundException.class, () -> courses.details(host.getId(), own));
            assertThrows(TrainingNotFoundException.class, () -> courses.cancel(host.getId(), own, version));
            assertThrows(NotFoundException.class, () -> courses.plan(Long.MAX_VALUE, draft("Sin sede", sponsor)));
        });

        TaskForce archived = people.taskForce("archivada");
        testData.archiveMeanwhile(archived.getId());
        as.nationalCoordinator(() -> {
            assertThrows(NotFoundException.class, () -> courses.plan(archived.getId(), draft("Archivada", sponsor)));
            assertTrue(courses.hosts().stream().noneMatch(taskForce -> taskForce.getId().equals(archived.getId())));
        });

        people.coordinate(coordinator);
        assertTrue(!trainings.details(own).training().isCancelled(), "the task force's own training is untouched");
    }

    /** A national coordinator, signed in as the portal signs people in (a profile, no task force), acts from now on. */
    private void nationalCoordinator() {
        String subject = TestData.newSubject();
        members.signIn(new SignIn(subject, "coordinacion.nacional", "Coordinación Nacional", null, null, Set.of()));
        actor.act(new Actor(subject, "coordinacion.nacional", "127.0.0.1"));
    }

    private long sponsor() {
        String code = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return as.nationalCoordinator(() -> sponsors.add(new SponsorDraft(code, "Patrocinador " + code, false)))
                .getId();
    }

    private static TrainingDraft draft(String title, long sponsor) {
        return new TrainingDraft(title, TrainingKind.TRAIN_THE_TRAINER, Set.of(), Set.of(sponsor), "es", "Asunción",
                30, 80, List.of(
                        new SessionDraft(null, LocalDate.of(2027, 5, 10), LocalTime.of(9, 0), LocalTime.of(17, 0)),
                        new SessionDraft(null, LocalDate.of(2027, 5, 11), LocalTime.of(9, 0), LocalTime.of(13, 0))),
                Set.of(), ASUNCION);
    }

    private static ParticipantDraft person(String name) {
        return new ParticipantDraft(name + " " + UUID.randomUUID().toString().substring(0, 4), null,
                "Fundación Luna Nueva", AgencyType.NGO, "Educadora", Sex.NOT_STATED, null, null);
    }

    private long count(long taskForceId, String sql, String parameter) throws SQLException {
        return JdbcTaskForce.count(dataSource, taskForceId, sql, parameter);
    }
}
