package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForceSummary;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.TestData;

/** The task force home and the national list, on the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class TaskForcesIT {

    @Inject
    TaskForces taskForces;

    @Inject
    Members members;

    @Inject
    TestData testData;

    @Inject
    As as;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Test
    void homeGroupsMembersByAgencyAndKeepsUnlistedAgenciesApart() {
        TaskForce taskForce = testData.taskForce("home");
        testData.agency(taskForce, "fiscalia", AgencyType.PROSECUTOR, "Fiscalía");
        testData.agency(taskForce, "policia", AgencyType.NATIONAL_POLICE, "Policía");
        testData.agency(taskForce, "vacia", AgencyType.NGO, "ONG sin integrantes");
        signIn("Bea Prosecutor", "fiscalia", taskForce);
        signIn("Ana Police", "policia", taskForce);
        signIn("Ceci Police", "policia", taskForce);
        signIn("Dani Elsewhere", "unknown-agency", taskForce);

        currentTaskForce.enter(taskForce.getId());
        TaskForceHome home = taskForces.home();

        assertEquals(4, home.memberCount());
        List<TaskForceHome.AgencyGroup> groups = home.agencies();
        assertEquals(List.of("Fiscalía", "Policía"), groups.subList(0, 2).stream()
                .map(TaskForceHome.AgencyGroup::name).toList());
        assertEquals(List.of("Ana Police", "Ceci Police"), names(groups.get(1)));
        assertNull(groups.get(2).type(), "the last group holds people of agencies the task force does not list");
        assertEquals(List.of("Dani Elsewhere"), names(groups.get(2)));
    }

    @Test
    void unknownSlugIsNoTaskForce() {
        assertTrue(taskForces.findBySlug("no-such-task-force").isEmpty());
    }

    @Test
    void nationalListCountsMembersAndAgenciesOfEachTaskForce() {
        TaskForce taskForce = testData.taskForce("count");
        testData.agency(taskForce, "a", AgencyType.NGO, "A");
        testData.agency(taskForce, "b", AgencyType.LABOUR, "B");
        signIn("One", "a", taskForce);

        TaskForceSummary summary = as.nationalCoordinator(taskForces::summaries).stream()
                .filter(s -> s.slug().equals(taskForce.getSlug()))
                .findFirst()
                .orElseThrow();

        assertEquals(1, summary.members());
        assertEquals(2, summary.agencies());
    }

    private void signIn(String name, String agency, TaskForce taskForce) {
        members.signIn(new SignIn(TestData.newSubject(), name.toLowerCase().replace(' ', '.'), name, null, agency,
                Set.of(taskForce.getSlug())));
    }

    private static List<String> names(TaskForceHome.AgencyGroup group) {
        return group.people().stream().map(TaskForceHome.Person::displayName).toList();
    }
}
