package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Agencies;
import org.taskforce.portal.taskforce.boundary.AgencyCodeTakenException;
import org.taskforce.portal.taskforce.boundary.AgencyDraft;
import org.taskforce.portal.taskforce.boundary.AgencyNotFoundException;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.testsupport.TestData;

/** A coordinator keeps their task force's agencies, and only theirs, on the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AgenciesIT {

    @Inject
    Agencies agencies;

    @Inject
    TestData testData;

    @Inject
    CurrentActor currentActor;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Test
    void anAgencyIsAddedRenamedAndItsCodeCannotBeTakenTwice() {
        coordinate(testData.taskForce("agencias"));

        Agency added = agencies.add(new AgencyDraft(" cruz-roja ", AgencyType.NGO, " Cruz Roja Paraguaya "));
        agencies.change(added.getId(), new AgencyDraft("cruz-roja", AgencyType.VICTIM_SERVICES, "Cruz Roja"));

        assertEquals(List.of("cruz-roja Cruz Roja VICTIM_SERVICES"), agencies.list().stream()
                .map(a -> a.getCode() + " " + a.getName() + " " + a.getType()).toList());
        assertThrows(AgencyCodeTakenException.class,
                () -> agencies.add(new AgencyDraft("cruz-roja", AgencyType.NGO, "Otra")));
    }

    @Test
    void anotherTaskForcesAgencyIsNotFoundByItsId() {
        TaskForce victim = testData.taskForce("victima");
        Agency theirs = testData.agency(victim, "fiscalia", AgencyType.PROSECUTOR, "Fiscalía");
        coordinate(testData.taskForce("atacante"));

        assertThrows(AgencyNotFoundException.class,
                () -> agencies.change(theirs.getId(), new AgencyDraft("fiscalia", AgencyType.NGO, "Robada")));
        assertEquals(List.of(), agencies.list());
        assertEquals("Fiscalía", testData.findAgency(victim.getId(), theirs.getId()).getName());
    }

    private void coordinate(TaskForce taskForce) {
        currentActor.act(TestData.ACTOR);
        currentTaskForce.enterAsCoordinator(taskForce.getId());
    }
}
