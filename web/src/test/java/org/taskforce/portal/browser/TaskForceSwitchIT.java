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

/** A member of two task forces chooses where to work, and switches with the header's switcher. */
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
}
