package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taskforce.portal.browser.DemoUser.EMILY_CARTER;

import org.junit.jupiter.api.Test;

/** A sponsor's liaison sees their sponsor, and not the national overview. */
@BrowserTest
class LiaisonIT {

    @Test
    void liaisonSeesTheirSponsor(Browser browser) {
        browser.signIn(EMILY_CARTER);
        LiaisonHomePage home = browser.on(LiaisonHomePage::new);

        assertAll(
                () -> assertEquals(EMILY_CARTER.displayName(), home.liaisonName()),
                () -> assertEquals("U.S. Department of State", home.sponsorName(), "the sponsor list's name"));
    }

    @Test
    void liaisonCannotOpenTheNationalOverview(Browser browser) {
        browser.signIn(EMILY_CARTER);
        browser.on(LiaisonHomePage::new);

        browser.open("/overview/task-forces.xhtml");

        browser.on(ErrorPage::new).assertForbidden();
    }
}
