package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.TestData;

/** Sign-in keeps profiles and memberships in step with the token, on the real PostgreSQL. */
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

    private List<String> peopleOf(String slug) {
        currentTaskForce.enter(taskForces.findBySlug(slug).orElseThrow().getId());
        TaskForceHome home = taskForces.home();
        return home.agencies().stream()
                .flatMap(group -> group.people().stream())
                .map(TaskForceHome.Person::displayName)
                .toList();
    }
}
