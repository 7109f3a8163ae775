package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.DatabaseRoles;
import org.taskforce.portal.testsupport.TestData;

/** Sign-in keeps profiles and memberships in step with the token and is audited, on the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @Inject
    Members members;

    @Inject
    TaskForces taskForces;

    @Inject
    TestData testData;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    CurrentActor actor;

    @Inject
    DatabaseRoles databaseRoles;

    @Test
    void firstSignInCreatesProfileAndMembershipsOfKnownTaskForcesOnly() {
        TaskForce north = testData.taskForce("north");
        String subject = TestData.newSubject();

        MemberProfile profile = members.signIn(new SignIn(subject, "ines", "Inés Ayala", "ines@example.org",
                "policia-nacional", Set.of(north.getSlug(), "no-such-task-force")));

        assertNotNull(profile.getId());
        assertEquals("es", profile.getLanguage());
        assertNotNull(profile.getLastSignInAt());
        assertEquals(List.of("Inés Ayala"), peopleOf(north.getSlug()));
    }

    @Test
    void aCompletedSignInIsOneEventOutsideAnyTaskForceWithWhoAndWhence() throws SQLException {
        String subject = TestData.newSubject();
        actor.act(new Actor(subject, "rosa", "192.0.2.7"));

        MemberProfile profile = members.completeSignIn(new SignIn(subject, "rosa", "Rosa Vera", null, null, Set.of()));

        assertNotNull(profile.getLastSignInAt());
        assertEquals(List.of("SIGN_IN rosa 192.0.2.7 ALLOWED"), signInsRecordedFor(subject));
    }

    @Test
    void aSignInThatCannotBeRecordedLeavesNoEventInTheAuditTrail() throws SQLException {
        String subject = TestData.newSubject();
        String tooLong = "u".repeat(MemberProfile.USERNAME_LENGTH + 1);
        actor.act(new Actor(subject, "largo", "192.0.2.8"));

        assertThrows(RuntimeException.class, () -> members.completeSignIn(
                new SignIn(subject, tooLong, "Largo Nombre", null, null, Set.of())), "a profile the table cannot hold");

        assertEquals(List.of(), signInsRecordedFor(subject), "the event and the profile: one transaction");
        assertTrue(members.find(subject).isEmpty());
    }

    @Test
    void signInAfterRemovalFromAGroupEndsThatMembership() {
        TaskForce north = testData.taskForce("north");
        TaskForce south = testData.taskForce("south");
        String subject = TestData.newSubject();
        members.signIn(new SignIn(subject, "teo", "Teo Ruiz", null, null, Set.of(north.getSlug(), south.getSlug())));

        members.signIn(new SignIn(subject, "teo", "Teodoro Ruiz", null, null, Set.of(south.getSlug())));

        assertEquals(List.of(), peopleOf(north.getSlug()));
        assertEquals(List.of("Teodoro Ruiz"), peopleOf(south.getSlug()));
    }

    @Test
    void chosenLanguageIsRememberedForTheNextSignIn() {
        String subject = TestData.newSubject();
        members.signIn(new SignIn(subject, "ada", "Ada Núñez", null, null, Set.of()));

        members.changeLanguage(subject, "en");

        assertEquals("en", members.signIn(new SignIn(subject, "ada", "Ada Núñez", null, null, Set.of()))
                .getLanguage());
    }

    @Test
    void unsupportedLanguageIsRefused() {
        String subject = TestData.newSubject();
        members.signIn(new SignIn(subject, "leo", "Leo Paz", null, null, Set.of()));

        InvalidException refused = assertThrows(InvalidException.class, () -> members.changeLanguage(subject, "fr"),
                "the person's mistake, not a failure of the service");

        assertEquals(List.of(new FieldProblem("language", "validation.language")), refused.problems(),
                "named by the parameter, with the constraint's message");
        assertEquals("es", members.find(subject).orElseThrow().getLanguage());
    }

    /** The trail's sign-in events of a person (chain 0: outside any task force), read as the superuser. */
    private List<String> signInsRecordedFor(String subject) throws SQLException {
        try (Connection connection = databaseRoles.superuser();
                PreparedStatement select = connection.prepareStatement("""
                        select action || ' ' || actor_name || ' ' || address || ' ' || outcome from audit_event
                        where chain = 0 and tenant_id is null and actor = ? order by id""")) {
            select.setString(1, subject);
            List<String> events = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    events.add(result.getString(1));
                }
            }
            return events;
        }
    }

    private List<String> peopleOf(String slug) {
        currentTaskForce.enter(taskForces.findBySlug(slug).orElseThrow().getId());
        TaskForceHome home = taskForces.home();
        return home.agencies().stream()
                .flatMap(group -> group.people().stream())
                .map(TaskForceHome.Person::displayName)
                .toList();
    }
}
