package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;
import static org.taskforce.portal.browser.DemoUser.EMILY_CARTER;
import static org.taskforce.portal.browser.PortalText.ENGLISH;
import static org.taskforce.portal.browser.PortalText.SPANISH;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The sponsor liaison's side of a training, in the browser through the real Keycloak sign-in: a coordinator of Alto
 * Paraná plans a course the State Department funds (a day in the past) and nominates two people; the State
 * Department's liaison approves one and declines the other with a reason, which the coordinator then reads on the
 * training's page; the coordinator marks the approved person present. The liaison opens the training from their list
 * and sees its people and attendance (labels in English and in Spanish), is told on the field that a report ending
 * before it starts cannot be made, downloads the attendance report of that day as CSV, XLSX and PDF and finds the
 * person and their hours in each; the coordinator finds the liaison's reading in
 * Alto Paraná's audit trail. Every screen is checked (JavaScript, axe-core).
 */
@BrowserTest
class LiaisonJourneyIT {

    private static final String DAY = "2026-02-10";

    @Test
    void theLiaisonDecidesReadsTheAttendanceAndDownloadsTheReportAndTheTaskForceSeesTheRead(Browser browser)
            throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String approved = "Marta Ibarra " + suffix;
        String declined = "Pedro Lugo " + suffix;
        String reason = "Ya se capacitó en 2025 " + suffix;
        String title = "Explotación laboral en la frontera " + suffix;

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Participants participants = TrainingPages.Participants.open(browser);
        participants.add(approved, null);
        participants.add(declined, null);
        TrainingPages.Trainings trainings = TrainingPages.Trainings.open(browser);
        trainings.fillNew(title, "U.S. Department of State", DAY, "09:00", "13:00");
        trainings.save();
        TrainingPages.Training training = browser.on(TrainingPages.Training::new);
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.currentUrl());
        assertTrue(id.find(), browser.currentUrl());
        String trainingId = id.group(1);
        training.nominate(approved);
        // The page afresh for the second: right after a nomination the select menu is drawn again, and a choice made
        // in the one it replaces is lost.
        browser.open("/training/training.xhtml?id=" + trainingId);
        training = browser.on(TrainingPages.Training::new);
        training.nominate(declined);
        for (String person : List.of(approved, declined)) {
            assertEquals(PortalText.of(SPANISH, "nomination.state.AWAITING_APPROVAL"), training.stateOf(person));
        }
        training.signOut();

        browser.signIn(EMILY_CARTER);
        TrainingPages.LiaisonWaiting waiting = browser.on(TrainingPages.LiaisonWaiting::new)
                .changeLanguage(SPANISH, TrainingPages.LiaisonWaiting::new); // undoes a run stopped in English
        find(browser, waiting, approved);
        waiting.decide(approved, true, null);
        waiting = browser.on(TrainingPages.LiaisonWaiting::new);
        find(browser, waiting, declined);
        waiting.decide(declined, false, reason);
        waiting.signOut();

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Training decided = TrainingPages.Trainings.open(browser).openTraining(title);
        assertEquals(PortalText.of(SPANISH, "nomination.state.DECLINED"), decided.stateOf(declined));
        assertTrue(browser.driver().findElement(By.id("nominations:list")).getText().contains(reason),
                "the coordinator reads the liaison's reason");
        browser.open("/training/attendance.xhtml?id=" + trainingId);
        Attendance attendance = browser.on(Attendance::new);
        attendance.allPresentAndSave();
        attendance.signOut();

        browser.signIn(EMILY_CARTER);
        LiaisonPages.Training page = browser.on(LiaisonPages.Home::new).openTraining(title);
        LiaisonPages.Training inEnglish = page.changeLanguage(ENGLISH, LiaisonPages.Training::new);
        assertEquals(PortalText.of(ENGLISH, "liaison.training.participants"), inEnglish.participantsHeading());
        page = inEnglish.changeLanguage(SPANISH, LiaisonPages.Training::new);
        assertEquals(PortalText.of(SPANISH, "liaison.training.participants"), page.participantsHeading());
        assertEquals(title, page.title());
        List<String> present = page.row(approved);
        List<String> refused = page.row(declined);
        assertAll("the approved person attended, the declined one is listed as declined",
                () -> assertTrue(present.contains(PortalText.of(SPANISH, "nomination.state.CONFIRMED")), present::toString),
                () -> assertTrue(present.contains(PortalText.of(SPANISH, "attendance.mark.PRESENT")), present::toString),
                () -> assertTrue(present.contains("4,0"), present::toString),
                () -> assertTrue(present.contains(PortalText.of(SPANISH, "training.attendance.yes")), present::toString),
                () -> assertTrue(refused.contains(PortalText.of(SPANISH, "nomination.state.DECLINED")), refused::toString));

        browser.clickAndWaitForPage(browser.driver().findElement(By.id("backToHome")));
        LiaisonPages.Home home = browser.on(LiaisonPages.Home::new);
        home.reportDays(DAY, "2026-02-09");
        home = home.pressReport("csv");
        assertEquals(PortalText.of(SPANISH, "liaison.report.to") + ": "
                + PortalText.of(SPANISH, "liaison.report.error.inverted"), home.reportMessage("to"),
                "an inverted range is refused on its field, in Spanish");
        home.reportDays(DAY, DAY);
        String csv = csvLine(home.download("csv"), approved);
        String xlsx = xlsxLine(home.download("xlsx"), approved);
        String pdf = pdfText(home.download("pdf")).replaceAll("\\s+", " ");
        assertAll("the three files name the person with their 4 hours",
                () -> assertTrue(csv.contains(title) && csv.contains(";4,0;"), csv),
                () -> assertEquals("|" + title + "|4|", xlsx),
                () -> assertTrue(pdf.contains(approved) && pdf.contains("4,0"), pdf),
                () -> assertTrue(!csv.contains(declined) && !pdf.contains(declined), "a declined person attends nothing"));
        home.signOut();

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        browser.open("/taskforce/audit.xhtml");
        List<String> rows = browser.on(AuditTrailPage::new).rows();
        String read = EMILY_CARTER.displayName() + " | "
                + PortalText.of(SPANISH, "audit.action.LIAISON_READ_PARTICIPANTS") + " | "
                + PortalText.of(SPANISH, "audit.record.training") + ": " + title + " | "
                + PortalText.of(SPANISH, "audit.outcome.ALLOWED");
        String report = read.replace(PortalText.of(SPANISH, "audit.action.LIAISON_READ_PARTICIPANTS"),
                PortalText.of(SPANISH, "audit.action.LIAISON_READ_ATTENDANCE"));
        assertTrue(rows.contains(read), () -> read + " in " + rows);
        assertTrue(rows.contains(report), () -> report + " in " + rows);
    }

    /**
     * Searches the waiting nominations for the person and waits until the table shows them (while the table is drawn
     * again it shows nobody, which the search's own wait takes for a match).
     */
    private static void find(Browser browser, TrainingPages.LiaisonWaiting waiting, String person) {
        waiting.waitingNamesFound(person);
        browser.waitUntil(driver -> waiting.waitingNames().contains(person));
    }

    /** The CSV's line of the person, cells joined by semicolons, after checking the file is the CSV. */
    private static String csvLine(FormDownload file, String person) throws IOException {
        assertDownloaded(file, "text/csv");
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file.bytes(), 3, file.bytes().length - 3),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader).getRecords();
            assertEquals(PortalText.of(SPANISH, "liaison.report.column.participant"), records.get(0).get(4));
            return records.stream().filter(line -> line.get(4).equals(person)).findFirst()
                    .map(line -> ";" + String.join(";", line.toList()) + ";")
                    .orElseThrow(() -> new AssertionError(person + " is not in the CSV: " + records));
        }
    }

    /** The workbook's row of the person, cells joined by bars (hours as the number the cell holds). */
    private static String xlsxLine(FormDownload file, String person) throws IOException {
        assertDownloaded(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            return rows.stream().filter(row -> row.getCellAsString(4).filter(person::equals).isPresent()).findFirst()
                    .map(row -> "|" + row.getCellAsString(1).orElse("") + "|"
                            + row.getCellAsNumber(8).map(BigDecimal::stripTrailingZeros)
                                    .map(BigDecimal::toPlainString).orElse("") + "|")
                    .orElseThrow(() -> new AssertionError(person + " is not in the workbook"));
        }
    }

    private static String pdfText(FormDownload file) {
        assertDownloaded(file, "application/pdf");
        return file.pdfText();
    }

    private static void assertDownloaded(FormDownload file, String type) {
        assertEquals(200, file.status(), () -> new String(file.bytes(), StandardCharsets.UTF_8));
        assertTrue(file.contentType().toLowerCase(Locale.ROOT).startsWith(type), file.contentType());
        assertTrue(file.disposition().contains("asistencia-" + DAY + "-" + DAY), file.disposition());
    }

    /** {@code /training/attendance.xhtml?id=…} as its coordinator marks everyone present. */
    static final class Attendance extends SignedInPage {

        Attendance(Browser browser) {
            super(browser, By.id("attendanceTitle"));
        }

        void allPresentAndSave() {
            clickAndWait("marks:allPresent");
            clickAndWait("marks:save");
            browser.waitFor(By.cssSelector("#messages li.message-info"));
        }
    }
}
