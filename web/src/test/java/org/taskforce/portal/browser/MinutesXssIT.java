package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.taskforce.portal.problem.PlainText;

/**
 * The XSS corpus (the payloads {@code RichTextTest} sanitises, read from the same file) in the browser, through the
 * real sign-in: Carlos Rojas puts the whole corpus into an agenda item's notes as raw HTML (as a page bypassing the
 * editor would send it), types the payloads plain fields accept into outcomes and a comment, and one they refuse
 * into the outcome dialog, which names the field and saves nothing. Wherever the minutes are then shown (the
 * circulated minutes to Carlos and to Ana Benítez, whose notes are drawn as HTML; the search's snippets; the PDF)
 * nothing runs: no alert opens, no element or attribute that could run or load anything is in the page's minutes,
 * and the PDF carries no script or automatic action.
 */
@BrowserTest
class MinutesXssIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    /** The corpus, one payload per line, where the ejb module's tests keep it. */
    private static final Path CORPUS = Path.of(System.getProperty("basedir", "."), "..", "ejb", "src", "test",
            "resources", "org", "taskforce", "portal", "minutes", "control", "xss-corpus.txt");

    /** What must not be in the minutes as drawn: elements and attributes that run or load something. */
    private static final String ACTIVE = """
            script, iframe, frame, object, embed, svg, math, base, meta, link, style, img, video, audio, form, input,
            button, textarea, select, [onerror], [onload], [onclick], [onmouseover], [onfocus], [onmouseenter],
            [onanimationstart], [style], [srcdoc], [background], a[href^='javascript' i], a[href^='data' i],
            a[href^='vbscript' i]""";

    @Test
    void theCorpusTypedIntoTheMinutesRunsNothingWhereverItIsShown(Browser browser) throws IOException {
        List<String> corpus = Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty()).toList();
        assertTrue(corpus.size() >= 50, "the corpus has " + corpus.size() + " payloads");
        PlainText.Check plain = new PlainText.Check();
        List<String> plainAccepts = corpus.stream().filter(payload -> plain.isValid(payload, null)).toList();
        String refused = corpus.stream().filter(payload -> !plain.isValid(payload, null)).findFirst().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Acta del corpus " + suffix;
        LocalDateTime start = LocalDate.now(ASUNCION).minusDays(1).atTime(10, 0);

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        MinutesPages.Meeting meeting = MinutesPages.Meetings.open(browser).hold(title, start.toString(),
                start.plusHours(1).toString()).addItem("Corpus " + suffix, "Fiscalía");
        String notes = corpus.stream().map(payload -> "<p>corpus" + suffix + " " + payload + "</p>")
                .collect(Collectors.joining());
        browser.waitFor(By.cssSelector("[id$='itemActions:editNotes']")).click();
        browser.waitFor(By.id("notesForm:notes_editor"));
        browser.script("document.querySelector(\"[id$='notesForm:notes_input']\").value = arguments[0];", notes);
        browser.driver().findElement(By.cssSelector("[id$='notesForm:saveNotes']")).click();
        browser.waitForAjax();
        browser.waitFor(By.cssSelector("#messages li.message-info"));
        for (String payload : plainAccepts) {
            meeting = meeting.addDecision(payload + " " + suffix);
        }
        List<String> refusal = meeting.refusedDecision(refused);
        assertFalse(refusal.isEmpty(), "a payload with markup is refused on the outcome's text");
        assertFalse(meeting.outcomes().contains(refused), "and not saved");
        meeting = browser.on(MinutesPages.Meeting::new).press("circulate");
        if (!plainAccepts.isEmpty()) {
            meeting = meeting.comment("COMMENT", String.join(" ", plainAccepts));
        }
        String id = meeting.id();
        assertNothingRuns(browser, "the circulated minutes, to their minute taker", "#agenda, #comments");
        FormDownload pdf = meeting.pdf();
        assertEquals(200, pdf.status());
        String raw = new String(pdf.bytes(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"), "a PDF");
        assertFalse(raw.contains("/JavaScript") || raw.contains("/JS") || raw.contains("/OpenAction")
                || raw.contains("/Launch"), "the PDF carries no script or automatic action");

        List<String> hits = MinutesPages.Search.open(browser).find("corpus" + suffix);
        assertFalse(hits.isEmpty(), "the search finds the notes");
        assertNothingRuns(browser, "the search's snippets", "#hits");
        meeting.signOut();

        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new);
        browser.open("/minutes/meeting.xhtml?id=" + id);
        browser.on(MinutesPages.Meeting::new);
        assertTrue(browser.driver().findElement(By.id("agenda")).getText().contains("corpus" + suffix),
                "Ana reads the notes (drawn as HTML)");
        assertNothingRuns(browser, "the minutes to a member", "#agenda, #comments");

        // The control: the same look finds an element that could run, once the page holds one.
        browser.script("document.getElementById('agenda').insertAdjacentHTML('beforeend', "
                + "'<li onclick=\"void 0\">control</li>');");
        assertEquals(1, activeMarkup(browser, "#agenda, #comments").size(), "the look for active markup is blind");
    }

    /** No alert is open, and the containers of what people typed hold nothing that runs or loads. */
    private static void assertNothingRuns(Browser browser, String where, String containers) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                () -> "an alert opened on " + where);
        assertEquals(List.of(), activeMarkup(browser, containers), () -> "active markup in " + where);
    }

    /** The elements in the containers that could run or load something, as HTML. */
    private static List<?> activeMarkup(Browser browser, String containers) {
        return (List<?>) browser.script("""
                const found = [];
                document.querySelectorAll(arguments[0]).forEach(container =>
                    container.querySelectorAll(arguments[1]).forEach(element => found.push(element.outerHTML)));
                return found;""", containers, ACTIVE.replace('\n', ' '));
    }
}
