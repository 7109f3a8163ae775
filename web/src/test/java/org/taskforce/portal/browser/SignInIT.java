package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoTaskForce.ALTO_PARANA;
import static org.taskforce.portal.browser.DemoTaskForce.ITAPUA;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.DemoUser.JORGE_VERA;
import static org.taskforce.portal.browser.DemoUser.LUCIA_GIMENEZ;
import static org.taskforce.portal.browser.DemoUser.MARTA_DUARTE;
import static org.taskforce.portal.browser.DemoUser.NADIA_RIOS;
import static org.taskforce.portal.browser.DemoUser.ROSA_ORTIZ;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in through Keycloak's page, and where each kind of person lands. */
@BrowserTest
class SignInIT {

    @Test
    void memberOfAltoParanaSeesOnlyAltoParana(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        TaskForceHomePage home = browser.on(TaskForceHomePage::new);

        List<String> members = home.memberNames();
        assertAll(
                () -> assertEquals(ALTO_PARANA.displayName(), home.taskForceName()),
                () -> assertEquals(List.of(ALTO_PARANA.displayName()), home.switcherChoices()),
                () -> assertTrue(members.containsAll(List.of(ANA_BENITEZ.displayName(), CARLOS_ROJAS.displayName(),
                        ROSA_ORTIZ.displayName(), MARTA_DUARTE.displayName())), () -> "members: " + members),
                () -> assertFalse(members.contains(LUCIA_GIMENEZ.displayName()), () -> "members: " + members),
                () -> assertFalse(members.contains(JORGE_VERA.displayName()), () -> "members: " + members),
                () -> assertFalse(home.visibleText().contains(ITAPUA.displayName())));
    }

    @Test
    void wrongPasswordShowsKeycloaksErrorAndNoPortalPage(Browser browser) {
        KeycloakSignInPage signIn = browser.openSignInPage();
        signIn.assertAccessible();
        signIn.submit(ANA_BENITEZ.username(), "not-" + DemoUser.PASSWORD);

        KeycloakSignInPage again = browser.on(KeycloakSignInPage::new);
        String error = again.errorMessage();
        again.assertAccessible();
        assertAll(
                () -> assertFalse(error.isBlank()),
                () -> assertTrue(again.asksForPassword()),
                () -> assertFalse(browser.isPresent(By.id("signOutButton"))),
                () -> assertFalse(browser.isPresent(By.id("taskForceName"))));

        browser.open("/");
        assertTrue(browser.on(KeycloakSignInPage::new).asksForPassword(), "the portal still wants a sign-in");
    }

    @Test
    void personInNoTaskForceSeesTheNoTaskForcePage(Browser browser) {
        browser.signIn(NADIA_RIOS);
        NoTaskForcePage page = browser.on(NoTaskForcePage::new);

        assertAll(
                () -> assertEquals(PortalText.of(PortalText.SPANISH, "noTaskForce.title"), page.heading()),
                () -> assertTrue(page.switcherChoices().isEmpty()),
                () -> assertFalse(browser.isPresent(By.cssSelector(".members"))));
    }
}
