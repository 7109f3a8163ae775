package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoTaskForce.ALTO_PARANA;
import static org.taskforce.portal.browser.DemoTaskForce.CENTRAL;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.DIEGO_FRANCO;
import static org.taskforce.portal.browser.DemoUser.MARTA_DUARTE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A member of two task forces chooses where to work, and switches with the header's switcher. Marta coordinates
 * Central and is a member of Alto Paraná: she is a coordinator in one and a member in the other.
 */
@BrowserTest
class TaskForceSwitchIT {

    @Test
    void memberOfTwoTaskForcesChoosesOneThenSwitchesToTheOther(Browser browser) {
        browser.signIn(MARTA_DUARTE);
        TaskForceChooserPage chooser = browser.on(TaskForceChooserPage::new);
        assertEquals(Set.of(ALTO_PARANA.displayName(), CENTRAL.displayName()), Set.copyOf(chooser.choices()));

        TaskForceHomePage altoParana = chooser.choose(ALTO_PARANA);
        List<String> altoParanaMembers = altoParana.memberNames();
        assertAll(
                () -> assertEquals(ALTO_PARANA.displayName(), altoParana.taskForceName()),
                () -> assertEquals(ALTO_PARANA.displayName(), altoParana.switcherLabel()),
                () -> assertTrue(altoParanaMembers.contains(ANA_BENITEZ.displayName()), altoParanaMembers::toString),
                () -> assertFalse(altoParanaMembers.contains(DIEGO_FRANCO.displayName()),
                        altoParanaMembers::toString));

        TaskForceHomePage central = altoParana.switchTo(CENTRAL);
        List<String> centralMembers = central.memberNames();
        assertAll(
                () -> assertEquals(CENTRAL.displayName(), central.taskForceName()),
                () -> assertEquals(CENTRAL.displayName(), central.switcherLabel()),
                () -> assertTrue(centralMembers.containsAll(List.of(DIEGO_FRANCO.displayName(),
                        MARTA_DUARTE.displayName())), centralMembers::toString),
                () -> assertFalse(centralMembers.contains(ANA_BENITEZ.displayName()), centralMembers::toString));
    }

    @Test
    void coordinatingOneTaskForceGivesNothingInTheOther(Browser browser) {
        browser.signIn(MARTA_DUARTE);
        TaskForceHomePage central = browser.on(TaskForceChooserPage::new).choose(CENTRAL);
        assertTrue(central.navigation().contains(PortalText.of(PortalText.SPANISH, "nav.people")),
                () -> "Central: " + central.navigation());
        PeoplePage centralPeople = PeoplePage.open(browser);
        assertTrue(centralPeople.names().contains(DIEGO_FRANCO.displayName()), centralPeople.names()::toString);

        TaskForceHomePage altoParana = centralPeople.switchTo(ALTO_PARANA);
        List<String> navigation = altoParana.navigation();
        assertAll(
                () -> assertFalse(navigation.contains(PortalText.of(PortalText.SPANISH, "nav.people")),
                        navigation::toString),
                () -> assertFalse(navigation.contains(PortalText.of(PortalText.SPANISH, "nav.audit")),
                        navigation::toString));
        for (String page : List.of("/taskforce/people.xhtml", "/taskforce/agencies.xhtml", "/taskforce/audit.xhtml")) {
            browser.open(page);
            browser.on(ErrorPage::new).assertForbidden();
        }
    }
}
