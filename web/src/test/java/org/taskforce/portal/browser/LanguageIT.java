package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.HUGO_ACOSTA;
import static org.taskforce.portal.browser.PortalText.ENGLISH;
import static org.taskforce.portal.browser.PortalText.SPANISH;

import org.junit.jupiter.api.Test;

/** Spanish by default; a person's choice of English changes the pages and is kept for their next sign-in. */
@BrowserTest
class LanguageIT {

    @Test
    void englishChoiceTranslatesThePageAndIsRememberedAtNextSignIn(Browser browser) {
        browser.signIn(HUGO_ACOSTA);
        // Spanish first, stored as Hugo's choice: also undoes a run of this test that stopped half-way.
        TaskForceHomePage spanish = browser.on(TaskForceHomePage::new).changeLanguage(SPANISH, TaskForceHomePage::new);
        assertAll(
                () -> assertEquals("es", spanish.language()),
                () -> assertEquals(PortalText.of(SPANISH, "layout.signOut"), spanish.signOutLabel()),
                () -> assertTrue(spanish.navigation().contains(PortalText.of(SPANISH, "nav.taskForceHome"))));

        TaskForceHomePage english = spanish.changeLanguage(ENGLISH, TaskForceHomePage::new);
        assertAll(
                () -> assertEquals("en", english.language()),
                () -> assertEquals(PortalText.of(ENGLISH, "layout.signOut"), english.signOutLabel()),
                () -> assertTrue(english.navigation().contains(PortalText.of(ENGLISH, "nav.taskForceHome"))));

        english.signOut();
        browser.signIn(HUGO_ACOSTA);
        TaskForceHomePage nextTime = browser.on(TaskForceHomePage::new);
        assertAll(
                () -> assertEquals("en", nextTime.language()),
                () -> assertEquals(PortalText.of(ENGLISH, "layout.signOut"), nextTime.signOutLabel()));

        nextTime.changeLanguage(SPANISH, TaskForceHomePage::new);
    }
}
