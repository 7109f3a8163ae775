package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.DemoUser.MARTA_DUARTE;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The task force's home (every member's landing page): its people in one table, listed agency by agency through the
 * agency chips, or found by the table's search.
 */
@BrowserTest
class TaskForceHomeIT {

    /** Carlos Rojas is the only member of Alto Paraná's specialised prosecutor's unit in the demo data. */
    private static final String PROSECUTOR = "Unidad Fiscal Especializada";

    @Test
    void anAgencysChipListsItsPeopleAndPressedAgainListsEveryone(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        TaskForceHomePage home = browser.on(TaskForceHomePage::new);
        List<String> everyone = home.memberNames();

        home.toggleAgency(PROSECUTOR);
        List<String> prosecutors = home.memberNames();
        List<String> pressed = home.pressedAgencies();
        browser.checkScreen();

        home.toggleAgency(PROSECUTOR);
        assertAll(
                () -> assertTrue(everyone.size() > 1, () -> "members: " + everyone),
                () -> assertTrue(home.agencies().stream()
                        .anyMatch(chip -> chip.startsWith(PROSECUTOR) && chip.endsWith(" 1")),
                        () -> "chips: " + home.agencies()),
                () -> assertEquals(List.of(CARLOS_ROJAS.displayName()), prosecutors),
                () -> assertEquals(1, pressed.size(), () -> "pressed: " + pressed),
                () -> assertEquals(everyone, home.memberNames()),
                () -> assertTrue(home.pressedAgencies().isEmpty()));
    }

    @Test
    void theSearchFindsAPersonByNameAndReleasesTheChip(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        TaskForceHomePage home = browser.on(TaskForceHomePage::new);
        home.toggleAgency(PROSECUTOR);

        home.search("duarte");

        assertAll(
                () -> assertEquals(List.of(MARTA_DUARTE.displayName()), home.memberNames()),
                () -> assertTrue(home.pressedAgencies().isEmpty(), () -> "pressed: " + home.pressedAgencies()));
    }
}
