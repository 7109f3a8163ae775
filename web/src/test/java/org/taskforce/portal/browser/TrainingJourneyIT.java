package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.DemoUser.EMILY_CARTER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The way of a training from planning to approval, in the browser through the real Keycloak sign-in: a coordinator of
 * Alto Paraná adds a person (a likely duplicate is shown first), plans a course funded by the State Department (which
 * approves attendees) and nominates them; the State Department's liaison finds the nomination waiting on their start
 * page and approves it; the coordinator sees it confirmed. Every screen is checked (JavaScript, axe-core).
 */
@BrowserTest
class TrainingJourneyIT {

    @Test
    void aCoordinatorPlansAndNominatesAndTheLiaisonApproves(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String person = "Rosa Candia " + suffix;
        String title = "Trata laboral " + suffix;

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Participants participants = TrainingPages.Participants.open(browser);
        assertEquals(List.of(), participants.add(person, "rosa." + suffix + "@example.org"));
        participants.add(person.toUpperCase(java.util.Locale.ROOT), null);
        assertTrue(participants.messages().stream().anyMatch(text -> text.contains("(1)")),
                "the likely duplicate is named before adding: " + participants.messages());
        assertEquals(1, participants.namesFound(person).stream().filter(person::equals).count(), "not added yet");

        TrainingPages.Trainings trainings = TrainingPages.Trainings.open(browser);

        trainings.fillNew(title, "U.S. Department of State", "2027-06-14", "13:00", "09:00");
        List<String> refused = trainings.save();
        assertTrue(refused.stream().anyMatch(text -> text.contains("1")), "a session ending before it starts: "
                + refused);
        trainings.fillNew(title, "U.S. Department of State", "2027-06-14", "09:00", "13:00");
        trainings.save();
        TrainingPages.Training training = browser.on(TrainingPages.Training::new);
        assertEquals(title, training.title());

        training.nominate(person);
        assertEquals(PortalText.of(PortalText.SPANISH, "nomination.state.AWAITING_APPROVAL"), training.stateOf(person));
        training.signOut();

        browser.signIn(EMILY_CARTER);
        TrainingPages.LiaisonWaiting liaison = browser.on(TrainingPages.LiaisonWaiting::new);
        assertTrue(liaison.waitingNamesFound(person).contains(person), "waiting for the State Department: "
                + liaison.waitingNames());
        liaison.decide(person, true, null);
        assertFalse(browser.on(TrainingPages.LiaisonWaiting::new).waitingNamesFound(person).contains(person),
                "decided");
        liaison.signOut();

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        assertEquals(PortalText.of(PortalText.SPANISH, "nomination.state.CONFIRMED"),
                TrainingPages.Trainings.open(browser).openTraining(title).stateOf(person));
    }
}
