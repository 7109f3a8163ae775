package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.JORGE_VERA;
import static org.taskforce.portal.browser.DemoUser.SOFIA_CABALLERO;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A national course, in the browser through the real Keycloak sign-in: the national coordinator plans it on the
 * national courses page (a course without a host is refused with a message that says so) in Itapúa, finds it listed
 * with its host, and Itapúa's coordinator then finds it among the task force's trainings, marked national, to run it.
 */
@BrowserTest
class NationalCourseJourneyIT {

    @Test
    void theNationalCoordinatorPlansACourseInItapuaAndItsCoordinatorFindsIt(Browser browser) {
        String title = "Formación nacional de formadores " + UUID.randomUUID().toString().substring(0, 6);

        browser.signIn(SOFIA_CABALLERO);
        browser.on(TaskForceOverviewPage::new);
        TrainingPages.NationalCourses courses = TrainingPages.NationalCourses.open(browser);
        courses.clickAndWait("actions:plan");
        courses.fillNew(title, "U.S. Department of State", "2027-08-02", "09:00", "17:00");
        List<String> refused = courses.save();
        assertTrue(refused.contains(PortalText.of(PortalText.SPANISH, "training.national.chooseHost")),
                "a national course needs its host: " + refused);

        TrainingPages.choose(browser, "training:hostId", DemoTaskForce.ITAPUA.displayName());
        browser.waitForAjax();
        courses.save();
        courses = browser.on(TrainingPages.NationalCourses::new);
        assertEquals(DemoTaskForce.ITAPUA.displayName(), courses.hostOf(title));
        courses.signOut();

        browser.signIn(JORGE_VERA);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Trainings.open(browser).openTraining(title);
        assertTrue(browser.driver().findElement(By.id("kind")).getText()
                        .contains(PortalText.of(PortalText.SPANISH, "training.national")),
                "the host's coordinators see that it is a national course");
    }
}
