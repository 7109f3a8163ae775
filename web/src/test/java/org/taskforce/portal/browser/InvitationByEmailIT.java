package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.JORGE_VERA;
import static org.taskforce.portal.browser.DemoUser.SOFIA_CABALLERO;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.taskforce.portal.testsupport.MailSink;
import org.taskforce.portal.testsupport.KeycloakConsole;

/**
 * Where Keycloak can send mail, a coordinator may have it e-mail a new person a link to choose their password. The
 * test stack offers it ({@code PORTAL_INVITATIONS_EMAIL=true}) with a realm that first has no mail server (the
 * invitation says so and nothing is made), then one that delivers to a {@link MailSink} standing in for the person's
 * mailbox: they follow the link (sent again when they are invited again before choosing a password), choose their
 * password and land in the task force. A national coordinator appointing a coordinator has the same choice.
 */
@BrowserTest
class InvitationByEmailIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anInvitationByEmailNeedsKeycloaksMailServerAndItsLinkLeadsIntoTheTaskForce(Browser browser)
            throws Exception {
        String email = "correo-" + tag + "@example.org";
        String name = "Teodora Fleitas " + tag;
        String newPassword = "Propia-" + tag + "-2026";
        KeycloakConsole console = new KeycloakConsole(browser.keycloakUrl());
        try (Browser coordinator = Browser.start(); MailSink mailbox = new MailSink()) {
            coordinator.signIn(JORGE_VERA);
            PeoplePage people = PeoplePage.open(coordinator);
            assertEquals(text("provisioning.field.email") + ": " + text("validation.Email"),
                    people.invite("no-es-un-correo", "Teodora", "Fleitas " + tag));
            people.closeInvitation();
            assertEquals(List.of(text("provisioning.error.mail")),
                    PeoplePage.open(coordinator).inviteByEmail(email, "Teodora", "Fleitas " + tag));
            assertFalse(PeoplePage.open(coordinator).names().contains(name), "nothing was made");

            console.sendMailTo(mailbox.port());
            try {
                List<String> said = PeoplePage.open(coordinator).inviteByEmail(email, "Teodora", "Fleitas " + tag);
                assertTrue(said.contains(PortalText.of(PortalText.SPANISH, "provisioning.invited.emailed", email)),
                        said::toString);
                assertTrue(PeoplePage.open(coordinator).names().contains(name));
                mailbox.awaitMessageTo(email, Duration.ofSeconds(30));

                // Invited again before choosing a password (the link lost, say): Keycloak sends a new one.
                List<String> again = PeoplePage.open(coordinator).inviteByEmail(email, "Teodora", "Fleitas " + tag);
                assertTrue(again.contains(PortalText.of(PortalText.SPANISH, "provisioning.invited.emailed", email)),
                        again::toString);

                // A national coordinator appointing a coordinator has the same choice.
                String appointed = "coordina-" + tag + "@example.org";
                try (Browser national = Browser.start()) {
                    national.signIn(SOFIA_CABALLERO);
                    String notice = national.on(TaskForceOverviewPage::new).appointCoordinatorByEmail(
                            DemoTaskForce.ITAPUA.displayName(), appointed, "Bruno", "Cáceres " + tag);
                    assertEquals(PortalText.of(PortalText.SPANISH, "provisioning.invited.emailed", appointed), notice);
                }
                mailbox.awaitMessageTo(appointed, Duration.ofSeconds(30));

                // The person opens the link, and Keycloak first names what it will ask: they click to proceed.
                browser.driver().get(mailbox.awaitMessageTo(email, Duration.ofSeconds(30)).actionLink());
                browser.clickAndWaitForPage(
                        browser.waitFor(By.cssSelector("a[href*='/login-actions/action-token']")));
                new KeycloakPasswordPage(browser).choose(newPassword);
            } finally {
                console.sendNoMail();
            }
        }
        // Keycloak says the account is ready, with a link back to the portal, which signs the person in.
        By backToPortal = By.cssSelector("a[href^='" + browser.portalUrl() + "']");
        browser.waitUntil(driver -> browser.isOnPortal() || browser.isPresent(backToPortal));
        if (!browser.isOnPortal()) {
            browser.clickAndWaitForPage(browser.driver().findElement(backToPortal));
        }
        if (browser.isOnKeycloak()) {
            new KeycloakSignInPage(browser).submit(email, newPassword);
        }
        TaskForceHomePage home = browser.on(TaskForceHomePage::new);
        assertEquals(DemoTaskForce.ITAPUA.displayName(), home.taskForceName());
    }

    private static String text(String key) {
        return PortalText.of(PortalText.SPANISH, key);
    }
}
