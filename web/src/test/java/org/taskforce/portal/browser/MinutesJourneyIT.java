package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The way of a meeting's minutes in the browser through the real Keycloak sign-in: Carlos Rojas (a coordinator of Alto
 * Paraná, of the prosecution) opens the minutes of a calendar event with its "Minutes" action, adds an agenda item and
 * an action for Ana Benítez; at the next meeting the action is there by itself, and he marks it done; he holds an
 * operational meeting only the prosecution sees. Ana, of the police, finds the meetings of the whole task force but
 * not the restricted one, not even by its address. Every screen and dialog is checked (JavaScript, axe-core).
 */
@BrowserTest
class MinutesJourneyIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    @Test
    void anActionRollsForwardToTheNextMeetingAndARestrictedMeetingStaysWithItsAgency(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Mesa de seguimiento " + suffix;
        String action = "Visitar el albergue " + suffix;
        LocalDate day = LocalDate.now(ASUNCION).plusDays(3);

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        CalendarPage calendar = CalendarPage.open(browser).newEvent().title(title)
                .times(day.atTime(9, 0), day.atTime(11, 0));
        assertEquals(List.of(), calendar.save());
        calendar.search(title).openAgendaRow(0);
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("eventForm:minutes")));
        MinutesPages.Meeting first = browser.on(MinutesPages.Meeting::new);
        assertEquals(title, first.title(), "the minutes of the event");

        first = first.addItem("Casos del mes", "Fiscalía");
        assertEquals(List.of("Casos del mes"), first.items());
        first = first.addAction(action, "Ana Benítez", day.plusDays(7).toString());
        assertTrue(first.outcomes().contains(action), first.outcomes()::toString);

        LocalDateTime nextMonth = day.plusDays(30).atTime(9, 0);
        MinutesPages.Meeting next = MinutesPages.Meetings.open(browser).hold("Mesa siguiente " + suffix,
                nextMonth.toString(), nextMonth.plusHours(2).toString());
        assertTrue(next.openActions().contains(action), "rolled forward by itself: " + next.openActions());
        next = next.markDone(action);
        assertEquals(PortalText.of(PortalText.SPANISH, "minutes.action.state.DONE"), next.reviewOf(action));

        String operational = "Operativo " + suffix;
        MinutesPages.Meeting restricted = MinutesPages.Meetings.open(browser).hold(operational,
                day.plusDays(1).atTime(15, 0).toString(), day.plusDays(1).atTime(16, 0).toString(),
                "Unidad Fiscal Especializada");
        String restrictedId = restricted.id();
        restricted.signOut();

        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new);
        List<String> seen = MinutesPages.Meetings.open(browser).titles();
        assertTrue(seen.contains("Mesa siguiente " + suffix), seen::toString);
        assertFalse(seen.contains(operational), "a meeting only the prosecution sees: " + seen);
        browser.open("/minutes/meeting.xhtml?id=" + restrictedId);
        ErrorPage error = browser.on(ErrorPage::new);
        assertEquals(404, error.status());
        assertFalse(browser.driver().getPageSource().contains(operational));
    }
}
