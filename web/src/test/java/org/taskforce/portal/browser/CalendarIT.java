package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.DemoUser.ROSA_ORTIZ;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The calendar through the real sign-in, as the task force uses it: a weekly meeting, one occurrence moved and
 * another cancelled; an agency-only event another agency does not see; an operation only the people listed see,
 * and never in their feed; bad input named field by field; an import that names what is wrong with the file.
 */
@BrowserTest
class CalendarIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    /** A week from today at 10:00: every weekly occurrence of a month is in the next-30-days table. */
    private final LocalDateTime start = LocalDate.now(ASUNCION).plusDays(7).atTime(10, 0);

    @Test
    void aWeeklyMeetingShowsInItsWeekAndOneOccurrenceMovesWhileAnotherIsCancelled(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        String title = "Mesa semanal " + tag;
        CalendarPage calendar = CalendarPage.open(browser);

        assertEquals(List.of(), calendar.newEvent().title(title).times(start, start.plusHours(1)).weekly(4).save());
        assertTrue(calendar.weekOf(start.toLocalDate()).contains(title), "in the week view");
        assertEquals(4, rowsOf(calendar, title).size());

        calendar.openAgendaRow(indexOf(calendar, title, 1)).scope("THIS")
                .times(start.plusDays(7).plusHours(2), start.plusDays(7).plusHours(3)).save();
        calendar.openAgendaRow(indexOf(calendar, title, 2)).scope("THIS").delete();

        List<String> rows = rowsOf(calendar, title);
        assertEquals(3, rows.size(), rows::toString);
        assertTrue(rows.get(0).endsWith("10:00") && rows.get(1).endsWith("12:00") && rows.get(2).endsWith("10:00"),
                rows::toString);
    }

    @Test
    void anAgencyOnlyEventIsInvisibleToAnotherAgency(Browser browser) {
        browser.signIn(ANA_BENITEZ); // Policía Nacional
        String title = "Interna policía " + tag;
        CalendarPage calendar = CalendarPage.open(browser);
        calendar.newEvent().title(title).times(start, start.plusHours(1)).visibility("AGENCY").save();
        assertEquals(1, rowsOf(calendar, title).size());
        calendar.signOut();

        browser.signIn(ROSA_ORTIZ); // Ministerio de la Mujer, same task force
        CalendarPage hers = CalendarPage.open(browser);
        assertEquals(List.of(), rowsOf(hers, title));
        assertFalse(hers.weekOf(start.toLocalDate()).contains(title));
    }

    @Test
    void anOperationIsSeenOnlyByThePeopleListedAndIsAbsentFromTheirFeed(Browser browser) throws Exception {
        browser.signIn(CARLOS_ROJAS);
        String title = "Operativo " + tag;
        CalendarPage calendar = CalendarPage.open(browser);
        assertEquals(List.of(), calendar.newEvent().title(title).times(start, start.plusHours(3))
                .category("OPERATION").list(ANA_BENITEZ.displayName()).save());
        calendar.signOut();

        browser.signIn(ROSA_ORTIZ);
        assertEquals(List.of(), rowsOf(CalendarPage.open(browser), title));
        browser.on(CalendarPage::new).signOut();

        browser.signIn(ANA_BENITEZ);
        assertEquals(1, rowsOf(CalendarPage.open(browser), title).size());
        String feed = feedOf(browser);
        assertTrue(feed.contains("BEGIN:VCALENDAR") && feed.contains("Reunión semanal de coordinación"), feed);
        assertFalse(feed.contains(title), "an operation never leaves the portal");
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsSaved(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        CalendarPage calendar = CalendarPage.open(browser);
        List<String> before = calendar.agenda();

        List<String> messages = calendar.newEvent().title("").times(start, start.minusHours(1)).weekly(null).save();

        assertEquals(List.of(
                text("calendar.field.title") + ": " + text("validation.NotBlank"),
                text("calendar.field.end") + ": " + text("calendar.error.endBeforeStart"),
                text("calendar.field.repeatEnd") + ": " + text("calendar.error.repeat.unbounded")), messages);
        assertEquals(before, calendar.agenda());
    }

    @Test
    void aMalformedFileIsPreviewedWithEachEventsProblemAndNothingImported(Browser browser) throws Exception {
        browser.signIn(ANA_BENITEZ);
        Path file = Files.createTempFile("outlook-", ".ics");
        Files.writeString(file, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:a@x", "DTSTAMP:20261101T120000Z", "DTSTART:20261202T090000Z",
                "DTEND:20261202T080000Z", "SUMMARY:Al revés " + tag, "END:VEVENT", "END:VCALENDAR", ""));
        browser.open("/calendar/import.xhtml");
        browser.waitFor(By.id("import:file"));

        browser.driver().findElement(By.cssSelector("[id='import:file'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(By.id("problems"));

        String problems = browser.driver().findElement(By.id("problems")).getText();
        assertTrue(problems.contains("Al revés " + tag) && problems.contains("4")
                && problems.contains(text("calendar.error.endBeforeStart")), problems);
        assertFalse(browser.driver().findElement(By.id("import:importAll")).isEnabled());
        Files.delete(file);
    }

    /** Makes the person's subscription address on its page and reads the feed behind it, as a calendar app would. */
    private static String feedOf(Browser browser) throws Exception {
        browser.open("/calendar/subscription.xhtml");
        browser.waitFor(By.id("subscription:regenerate")).click();
        if (browser.isPresent(By.id("subscription:confirmYes"))
                && browser.driver().findElement(By.id("subscription:confirmYes")).isDisplayed()) {
            browser.driver().findElement(By.id("subscription:confirmYes")).click();
        }
        browser.waitForAjax();
        String address = browser.waitFor(By.id("subscription:address")).getDomProperty("value");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), address);
        return feed.body();
    }

    private static List<String> rowsOf(CalendarPage calendar, String title) {
        return calendar.search(title).agenda().stream().filter(row -> row.startsWith(title + " @")).toList();
    }

    private static int indexOf(CalendarPage calendar, String title, int occurrence) {
        List<String> rows = calendar.search(title).agenda();
        int seen = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(title + " @") && seen++ == occurrence) {
                return i;
            }
        }
        throw new AssertionError("no occurrence " + occurrence + " of " + title + " in " + rows);
    }

    private static String text(String key) {
        return PortalText.of(PortalText.SPANISH, key);
    }
}
