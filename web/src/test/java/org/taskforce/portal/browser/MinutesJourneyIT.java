package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.PortalText.SPANISH;

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
 * not the restricted one, not even by its address. The minute taker records who came, who apologised and the guests.
 * Every screen and dialog is checked (JavaScript, axe-core).
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

    /**
     * The meeting's attendance: Carlos adds Ana Benítez from the task force's members, marks her apologised, adds a
     * guest with her agency and saves; opened again, the page shows all of it.
     */
    @Test
    void notesAreWrittenOneItemAtATimeAndWhatWasTypedStaysUntilSaved(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDate.now(ASUNCION).minusDays(2).atTime(15, 0);

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        MinutesPages.Meeting meeting = MinutesPages.Meetings.open(browser).hold("Mesa de notas " + suffix,
                start.toString(), start.plusHours(1).toString()).addItem("Albergues", "Fiscalía")
                .addItem("Frontera", "Policía");
        String none = PortalText.of(SPANISH, "minutes.notes.none");
        assertEquals(List.of(none, none), meeting.notes(), "the agenda reads the notes; no editor on the page");
        assertFalse(browser.isPresent(By.cssSelector("#agenda .ql-editor")));

        String typed = "Dos ingresos en el albergue " + suffix;
        meeting = meeting.typeNotes(1, typed);
        browser.checkScreen();
        meeting = meeting.closeNotes();
        assertEquals(List.of(none, none), meeting.notes(), "closing the dialog saves nothing");
        meeting = meeting.openNotes(1);
        assertEquals(typed, meeting.notesInDialog(), "closed without saving, what was typed is still there");

        List<String> saved = meeting.saveNotes();
        assertTrue(saved.contains(PortalText.of(SPANISH, "minutes.notes.saved", "Frontera")), saved::toString);
        assertEquals(List.of(none, typed), meeting.notes(), "the agenda shows the saved notes at once");

        browser.open("/minutes/meeting.xhtml?id=" + meeting.id());
        meeting = browser.on(MinutesPages.Meeting::new);
        assertEquals(List.of(none, typed), meeting.notes(), "and they were saved");
        assertEquals(typed, meeting.openNotes(1).notesInDialog());
    }

    @Test
    void theMinuteTakerRecordsWhoCameWhoApologisedAndTheGuests(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String guest = "María Gómez " + suffix;
        String apologised = PortalText.of(SPANISH, "minutes.presence.APOLOGISED");
        LocalDateTime start = LocalDate.now(ASUNCION).plusDays(5).atTime(14, 0);

        browser.signIn(CARLOS_ROJAS);
        MinutesPages.Meeting meeting = MinutesPages.Meetings.open(browser).hold("Mesa con asistencia " + suffix,
                start.toString(), start.plusHours(2).toString());
        meeting.addAttendee("Ana Benítez").presence("Ana Benítez", apologised).addGuest(guest, "OIM");
        assertEquals(List.of(PortalText.of(SPANISH, "minutes.saved")), meeting.saveAttendance());
        browser.assertAccessible();

        browser.open("/minutes/meeting.xhtml?id=" + meeting.id());
        MinutesPages.Meeting again = browser.on(MinutesPages.Meeting::new);
        assertAll(
                () -> assertTrue(again.attendance().contains("Ana Benítez: " + apologised),
                        () -> "kept after opening the page again: " + again.attendance()),
                () -> assertEquals(List.of(guest), again.guests()));
    }

    /**
     * Review and approval in the browser: Carlos holds a meeting with a decision and circulates it; a proposed
     * correction is sent; he approves revision 1, then asks for a correction (the question names revision 2), adds a
     * decision, circulates and approves again; revision 1 stays readable with what changed after it (the new decision,
     * marked +). The PDF of the minutes names the meeting and both decisions, and the search finds the meeting by
     * "ninos" (accents ignored), the word marked in the snippet.
     */
    @Test
    void minutesAreCommentedApprovedCorrectedFoundAndPrinted(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Mesa de revisión " + suffix;
        String first = "Abrir un albergue para niños " + suffix;
        String second = "Pedir fondos al Ministerio de la Mujer " + suffix;
        String correction = "Falta el plazo del albergue " + suffix;
        LocalDateTime start = LocalDate.now(ASUNCION).minusDays(2).atTime(9, 0);

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        MinutesPages.Meeting meeting = MinutesPages.Meetings.open(browser).hold(title, start.toString(),
                start.plusHours(2).toString());
        meeting = meeting.addItem("Albergues", "Fiscalía").addDecision(first).press("circulate");
        assertEquals(PortalText.of(SPANISH, "minutes.state.CIRCULATED"), meeting.state());
        meeting = meeting.comment("CORRECTION", correction);
        assertTrue(meeting.comments().contains(correction), meeting.comments()::toString);
        meeting = meeting.press("approve");
        assertEquals(PortalText.of(SPANISH, "minutes.state.APPROVED"), meeting.state());
        assertEquals("1", meeting.revision());

        meeting = meeting.correct();
        assertEquals(PortalText.of(SPANISH, "minutes.state.DRAFT"), meeting.state());
        assertEquals("2", meeting.revision());
        meeting = meeting.addDecision(second).press("circulate").press("approve");
        assertEquals(PortalText.of(SPANISH, "minutes.state.APPROVED"), meeting.state());
        List<String> changed = meeting.differenceAfter(1);
        assertTrue(changed.stream().anyMatch(line -> line.startsWith("+") && line.contains(second)),
                changed::toString);
        assertTrue(changed.stream().noneMatch(line -> line.startsWith("+") && line.contains(first)),
                "the first decision was already in revision 1: " + changed);

        FormDownload pdf = meeting.pdf();
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = pdf.pdfText().replaceAll("\\s+", " ");
        assertAll("the PDF names the meeting and its decisions",
                () -> assertTrue(text.contains(title), text),
                () -> assertTrue(text.contains(first), text),
                () -> assertTrue(text.contains(second), text));

        MinutesPages.Search search = MinutesPages.Search.open(browser);
        assertEquals(LocalDate.now(ZoneId.of("America/Asuncion")).minusYears(1).withDayOfYear(1).toString(),
                search.from(), "the search opens on 1 January of last year");
        List<String> hits = search.find("ninos " + suffix);
        assertTrue(hits.stream().anyMatch(hit -> hit.startsWith(title + " | ") && hit.contains("niños")),
                hits::toString);
    }
}
