package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.DIEGO_FRANCO;
import static org.taskforce.portal.browser.DemoUser.JORGE_VERA;
import static org.taskforce.portal.browser.DemoUser.SOFIA_CABALLERO;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.taskforce.portal.testsupport.KeycloakConsole;

/**
 * Provisioning through the real sign-in: a national coordinator creates a task force (a malformed or taken short name
 * is named on its field) and appoints its coordinator; a coordinator invites a person, who signs in with the one-time
 * password, chooses their own and lands in the task force; made a coordinator and then removed by the coordinator,
 * the person's open session ends at its next request. The people page follows changes made in Keycloak's console. A
 * coordinator keeps the task force's agencies. A person is invited with the name they really have; a name refused by
 * the portal or by Keycloak's realm is named on its field.
 */
@BrowserTest
class ProvisioningJourneyIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNationalCoordinatorCreatesATaskForceAppointsItsCoordinatorAndAMalformedOrTakenShortNameIsNamed(
            Browser browser) {
        browser.signIn(SOFIA_CABALLERO);
        TaskForceOverviewPage overview = browser.on(TaskForceOverviewPage::new);
        String name = "Mesa Regional Boquerón " + tag;

        assertEquals(List.of(text("taskforce.field.slug") + ": " + text("validation.Pattern")),
                overview.create(name, "Boquerón " + tag, "Boquerón", "Filadelfia"));
        assertEquals(List.of(), overview.create(name, "boqueron-" + tag, "Boquerón", "Filadelfia"));
        assertEquals(List.of(name), overview.search(name).taskForceNames());

        assertEquals(List.of(text("taskforce.field.slug") + ": " + text("provisioning.error.slugTaken")),
                overview.create("Otra " + tag, "boqueron-" + tag, "Boquerón", "Mariscal Estigarribia"));
        overview.closeDialog();

        String password = overview.appointCoordinator(name, "coordina-" + tag + "@example.org", "Ramona", "Giménez");
        assertTrue(password.matches("[A-Za-z0-9]{16}"), password);
    }

    @Test
    void anInvitedPersonChoosesTheirPasswordLandsInTheTaskForceAndIsShutOutOnceRemoved(Browser browser) {
        String email = "nueva-" + tag + "@example.org";
        String newPassword = "Propia-" + tag + "-2026";
        String password;
        try (Browser coordinator = Browser.start()) {
            coordinator.signIn(JORGE_VERA);
            password = PeoplePage.open(coordinator).invite(email, "Nélida", "Cabrera " + tag);
            assertTrue(password.matches("[A-Za-z0-9]{16}"), password);

            KeycloakSignInPage signIn = browser.openSignInPage();
            signIn.submit(email, password);
            signIn.chooseNewPassword(newPassword);
            TaskForceHomePage home = browser.on(TaskForceHomePage::new);
            assertEquals(DemoTaskForce.ITAPUA.displayName(), home.taskForceName());

            PeoplePage people = PeoplePage.open(coordinator);
            people.makeCoordinator("Nélida Cabrera " + tag);
            assertTrue(people.rowText("Nélida Cabrera " + tag).contains(text("provisioning.role.coordinator")),
                    () -> people.rowText("Nélida Cabrera " + tag).toString());
            people.remove("Nélida Cabrera " + tag);
            assertEquals(List.of(), people.names().stream().filter(n -> n.contains(tag)).toList());
        }

        browser.open("/taskforce/home.xhtml");
        KeycloakSignInPage again = new KeycloakSignInPage(browser);
        again.submit(email, newPassword);
        browser.waitUntil(driver -> browser.isOnPortal());
        browser.on(NoTaskForcePage::new);
        assertTrue(!browser.isPresent(By.id("taskForceName")));
    }

    @Test
    void aPersonIsInvitedWithTheNameTheyReallyHaveAndARefusedNameIsNamedOnItsField(Browser browser) {
        browser.signIn(JORGE_VERA);
        String name = "Josefa Núñez (Pepa) D'Ávila-" + tag;

        String password = PeoplePage.open(browser).invite("pepa-" + tag + "@example.org", "Josefa",
                "Núñez (Pepa) D'Ávila-" + tag);
        assertTrue(password.matches("[A-Za-z0-9]{16}"), password);
        assertTrue(PeoplePage.open(browser).names().contains(name), name);

        PeoplePage people = PeoplePage.open(browser);
        assertEquals(text("provisioning.field.lastName") + ": " + text("provisioning.refused.personName"),
                people.invite("llaves-" + tag + "@example.org", "Ana", "Paz {" + tag + "}"),
                "the sign-in service's refusal");
        assertEquals(List.of("invite:lastName"), people.invalidInvitationFields());
        people.closeInvitation();

        people = PeoplePage.open(browser);
        assertEquals(text("provisioning.field.firstName") + ": " + text("validation.PersonName"),
                people.invite("marcado-" + tag + "@example.org", "<b>Ana</b>", "Paz"), "the portal's own refusal");
        assertEquals(List.of("invite:firstName"), people.invalidInvitationFields());
        people.closeInvitation();
        assertEquals(List.of(name), PeoplePage.open(browser).names().stream().filter(n -> n.contains(tag)).toList(),
                "nothing was made for the refused names");
    }

    @Test
    void aDisabledPersonsOpenSessionEndsAndKeycloakNoLongerLetsThemIn(Browser browser) {
        String email = "desactivada-" + tag + "@example.org";
        String newPassword = "Propia-" + tag + "-2026";
        try (Browser coordinator = Browser.start()) {
            coordinator.signIn(JORGE_VERA);
            String password = PeoplePage.open(coordinator).invite(email, "Gladys", "Villalba " + tag);
            KeycloakSignInPage signIn = browser.openSignInPage();
            signIn.submit(email, password);
            signIn.chooseNewPassword(newPassword);
            browser.on(TaskForceHomePage::new);

            PeoplePage people = PeoplePage.open(coordinator);
            people.disable("Gladys Villalba " + tag);
            assertTrue(people.rowText("Gladys Villalba " + tag).contains(text("provisioning.account.disabled")),
                    () -> people.rowText("Gladys Villalba " + tag).toString());
        }

        browser.open("/taskforce/home.xhtml");
        KeycloakSignInPage again = new KeycloakSignInPage(browser);
        again.submit(email, newPassword);
        // Keycloak's own words ("Account is disabled, contact your administrator."), on its own page.
        browser.waitUntil(driver -> driver.findElement(By.tagName("body")).getText().contains("disabled"));
        assertTrue(browser.isOnKeycloak(), browser::currentUrl);
    }

    @Test
    void aPersonAddedOrRemovedInKeycloaksConsoleIsOnThePeoplePageAtOnce(Browser browser) throws Exception {
        KeycloakConsole console = new KeycloakConsole(browser.keycloakUrl());
        browser.signIn(JORGE_VERA);
        assertFalse(PeoplePage.open(browser).names().contains(DIEGO_FRANCO.displayName()));

        console.addToGroup(DIEGO_FRANCO.username(), "/task-forces/itapua");
        try {
            assertTrue(PeoplePage.open(browser).names().contains(DIEGO_FRANCO.displayName()),
                    "added in the console, listed without anyone signing in again");
        } finally {
            console.removeFromGroup(DIEGO_FRANCO.username(), "/task-forces/itapua");
        }
        assertFalse(PeoplePage.open(browser).names().contains(DIEGO_FRANCO.displayName()));
    }

    @Test
    void aCoordinatorAddsAndRenamesAnAgencyAndAMalformedCodeIsNamed(Browser browser) {
        browser.signIn(JORGE_VERA);
        AgencyListPage agencies = AgencyListPage.open(browser);
        String name = "Cruz Roja " + tag;

        assertEquals(List.of(text("agency.field.code") + ": " + text("validation.Pattern")),
                agencies.add(name, "Cruz Roja", "NGO"));
        assertEquals(List.of(), agencies.add(name, "cruz-roja-" + tag, "NGO"));
        assertTrue(agencies.names().contains(name), agencies.names()::toString);

        agencies.rename(name, "Cruz Roja Paraguaya " + tag);
        assertTrue(agencies.names().contains("Cruz Roja Paraguaya " + tag), agencies.names()::toString);
    }

    private static String text(String key) {
        return PortalText.of(PortalText.SPANISH, key);
    }
}
