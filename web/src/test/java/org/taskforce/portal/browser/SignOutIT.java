package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing out ends the portal session and the Keycloak session. */
@BrowserTest
class SignOutIT {

    @Test
    void backAfterSignOutShowsNoSignedInPage(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new).signOut();

        browser.back();

        boolean signInOrSignedOut = browser.isPresent(By.id("kc-form-login")) || browser.isPresent(By.id("signedOut"));
        assertAll(
                () -> assertTrue(signInOrSignedOut, () -> "after back: " + browser.currentUrl()),
                () -> assertFalse(browser.isPresent(By.id("taskForceName")), "the task force's page came back"),
                () -> assertFalse(browser.isPresent(By.cssSelector(".members")), "the member list came back"),
                () -> assertFalse(browser.isPresent(By.id("signOutButton")), "a signed-in page came back"));
    }

    @Test
    void visitAfterSignOutAsksForThePasswordAgain(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new).signOut();

        browser.open("/");

        assertTrue(browser.on(KeycloakSignInPage::new).asksForPassword());
    }
}
