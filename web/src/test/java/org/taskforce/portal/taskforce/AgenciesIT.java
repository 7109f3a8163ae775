package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.problem.ConflictException;
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

    @Inject
    UserTransaction transaction;

    @Test
    void anAgencyIsAddedRenamedAndItsCodeCannotBeTakenTwice() {
        coordinate(testData.taskForce("agencias"));

        Agency added = agencies.add(new AgencyDraft(" cruz-roja ", AgencyType.NGO, " Cruz Roja Paraguaya "));
        agencies.change(added.getId(), listed(added).getVersion(),
                new AgencyDraft("cruz-roja", AgencyType.VICTIM_SERVICES, "Cruz Roja"));

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
                () -> agencies.change(theirs.getId(), theirs.getVersion(),
                        new AgencyDraft("fiscalia", AgencyType.NGO, "Robada")));
        assertEquals(List.of(), agencies.list());
        assertEquals("Fiscalía", testData.findAgency(victim.getId(), theirs.getId()).getName());
    }

    @Test
    void ofTwoCoordinatorsWhoOpenedTheSameAgencyTheSecondToSaveIsRefusedAndTheFirstsChangeStays() {
        coordinate(testData.taskForce("dos-personas"));
        Agency added = agencies.add(new AgencyDraft("senado", AgencyType.OTHER, "Senado"));
        Agency openedByAna = listed(added);
        Agency openedByBeto = listed(added);

        agencies.change(added.getId(), openedByAna.getVersion(),
                new AgencyDraft("senado", AgencyType.OTHER, "Cámara de Senadores"));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> agencies.change(added.getId(), openedByBeto.getVersion(),
                        new AgencyDraft("senado", AgencyType.NGO, "Senado Nacional")));

        assertEquals("agency.error.changedMeanwhile", refused.messageKey());
        assertEquals("Cámara de Senadores OTHER", described(listed(added)));

        Agency reopenedByBeto = listed(added);
        agencies.change(added.getId(), reopenedByBeto.getVersion(),
                new AgencyDraft("senado", AgencyType.NGO, "Senado Nacional"));
        assertEquals("Senado Nacional NGO", described(listed(added)), "saved once opened again");
    }

    @Test
    void aSaveThatMeetsAnotherCommittedWhileItRunsIsRefusedToo() throws Exception {
        TaskForce taskForce = testData.taskForce("a-la-vez");
        coordinate(taskForce);
        Agency added = agencies.add(new AgencyDraft("aduanas", AgencyType.OTHER, "Aduanas"));

        transaction.begin();
        try {
            // Beto's save reads the agency first; Ana's save commits before his writes.
            int openedByBeto = listed(added).getVersion();
            testData.renameAgencyMeanwhile(taskForce.getId(), added.getId(), "Dirección Nacional de Aduanas");

            ConflictException refused = assertThrows(ConflictException.class,
                    () -> agencies.change(added.getId(), openedByBeto,
                            new AgencyDraft("aduanas", AgencyType.MIGRATION, "Aduana")));
            assertEquals("agency.error.changedMeanwhile", refused.messageKey());
        } finally {
            transaction.rollback();
        }
        assertEquals("Dirección Nacional de Aduanas OTHER", described(listed(added)));
    }

    /** The agency as the list shows it now, with the version a form opened from the list holds. */
    private Agency listed(Agency agency) {
        return agencies.list().stream().filter(a -> a.getId().equals(agency.getId())).findFirst().orElseThrow();
    }

    private static String described(Agency agency) {
        return agency.getName() + " " + agency.getType();
    }

    private void coordinate(TaskForce taskForce) {
        currentActor.act(TestData.ACTOR);
        currentTaskForce.enterAsCoordinator(taskForce.getId());
    }
}
