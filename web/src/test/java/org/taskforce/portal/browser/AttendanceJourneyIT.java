package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * From attendance to verification in the browser, through the real Keycloak sign-in: the coordinator of Alto Paraná
 * marks the attendance of a Train the Trainer course at the keyboard and with "all present", imports a sign-in sheet
 * (one with a problem first: its line and reason are named and nothing changes; then a good one in Latin-1, as Excel
 * writes it in Spanish), issues the certificates (again: nobody new), and names a replication's trainer by the code
 * of their certificate (a code that certifies nobody is refused on its field). Ana Benítez, whose portal account is
 * her participant's, downloads her certificate (its text read back from the PDF); an anonymous visitor verifies it
 * (training and initials only); the coordinator revokes it (a reason is required) and the page says so; an unknown
 * code reveals nothing; the course's cascade shows the replication's people. Every screen and dialog is checked
 * (JavaScript, axe-core), the attendance and cascade pages at phone width too.
 */
@BrowserTest
class AttendanceJourneyIT {

    @Test
    void aCoordinatorMarksImportsAndCertifiesAndTheCertificateIsVerifiedAndRevoked(Browser browser) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String course = "Formación de formadores " + suffix;
        String replicationTitle = "Réplica de identificación " + suffix;
        String rosa = "Rosa Candia " + suffix;
        String nestor = "Néstor Páez " + suffix;
        String ana = ANA_BENITEZ.displayName();
        LocalDate today = LocalDate.now(ZoneId.of("America/Asuncion"));
        long courseId;
        long anaId;
        long replicationId;
        try (TrainingData data = new TrainingData(DemoTaskForce.ALTO_PARANA, CARLOS_ROJAS)) {
            courseId = data.training(course, "TRAIN_THE_TRAINER", today.minusDays(10), today.minusDays(9));
            anaId = data.participantWithAccount(ANA_BENITEZ);
            for (long person : List.of(anaId, data.participant(rosa), data.participant(nestor))) {
                data.confirmed(courseId, person);
            }
            replicationId = data.training(replicationTitle, "REPLICATION", today.minusDays(2));
            for (String name : List.of("Pedro Ayala " + suffix, "Elsa Ruiz " + suffix)) {
                long person = data.participant(name);
                data.confirmed(replicationId, person);
                data.presentThroughout(replicationId, person);
            }
        }

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Attendance attendance = TrainingPages.Training.open(browser, courseId).openAttendance();

        // At the keyboard: Ana present at the first session, Tab past its minutes to the second, absent there.
        attendance.focus(ana, 1);
        attendance.press(Keys.ARROW_DOWN);
        assertEquals("PRESENT", attendance.mark(ana, 1));
        attendance.press(Keys.TAB, Keys.TAB);
        assertEquals(attendance.markField(ana, 2), attendance.focused(), "Tab reaches the next session's mark");
        attendance.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("ABSENT", attendance.mark(ana, 2));
        attendance.allPresent();
        assertEquals("ABSENT", attendance.mark(ana, 2), "all present fills only the empty marks");
        assertEquals("PRESENT", attendance.mark(rosa, 2));
        attendance.save();
        browser.checkScreen();
        String yes = PortalText.of(PortalText.SPANISH, "training.attendance.yes");
        String no = PortalText.of(PortalText.SPANISH, "training.attendance.no");
        assertEquals(no, attendance.completed(ana), "half the hours: not completed");
        assertEquals(yes, attendance.completed(rosa));

        // A sheet with a problem: named by line and reason, and nothing changes.
        Path wrong = sheet("sesion;participante;nombre;asistencia;minutos\r\n2;" + anaId + ";" + ana
                + ";presente;\r\n2;999999999;Nadie;presente;\r\n", StandardCharsets.UTF_8);
        attendance.upload(wrong);
        browser.checkScreen();
        List<String> problems = attendance.sheetProblems();
        assertEquals(1, problems.size(), "one problem: " + problems);
        assertTrue(problems.get(0).contains("3") && problems.get(0).contains("999999999"),
                "the line and the unknown participant: " + problems);
        assertFalse(attendance.sheetReady(), "a sheet with a problem cannot be imported");
        attendance = TrainingPages.Attendance.open(browser, courseId);
        assertEquals("ABSENT", attendance.mark(ana, 2), "nothing was saved");

        // The good sheet, in Latin-1 (Excel's "CSV" in Spanish), with Ana's name accented.
        attendance.upload(sheet("sesion;participante;nombre;asistencia;minutos\r\n2;" + anaId + ";" + ana
                + ";presente;\r\n", StandardCharsets.ISO_8859_1));
        browser.checkScreen();
        assertEquals(List.of(), attendance.sheetProblems());
        assertTrue(attendance.sheetReady());
        attendance.importSheet();
        browser.checkScreen();
        assertEquals("PRESENT", attendance.mark(ana, 2));
        assertEquals(yes, attendance.completed(ana));

        // Certificates: the three who completed; issuing again adds nobody.
        attendance.issueCertificates();
        assertTrue(TrainingPages.messages(browser).contains(
                PortalText.of(PortalText.SPANISH, "training.certificates.issued", 3)), TrainingPages.messages(browser)
                .toString());
        assertEquals(List.of(ana, nestor, rosa), attendance.holders());
        attendance.issueCertificates();
        assertTrue(TrainingPages.messages(browser).contains(
                PortalText.of(PortalText.SPANISH, "training.certificates.noneIssued")));
        browser.checkScreen();
        String anaCode = attendance.codeOf(ana);
        String rosaCode = attendance.codeOf(rosa);
        onAPhone(browser, () -> TrainingPages.Attendance.open(browser, courseId));

        // The replication's trainer by certificate: a code that certifies nobody is refused on its field.
        TrainingPages.Training replication = TrainingPages.Training.open(browser, replicationId);
        replication.startChange();
        List<String> refused = replication.addCertifiedTrainer("codigo-que-no-existe-" + suffix, null);
        assertEquals(1, refused.size(), "the refused code: " + refused);
        assertTrue(refused.get(0).startsWith(PortalText.of(PortalText.SPANISH, "training.certified.code")),
                "said on the code's field: " + refused);
        assertEquals(List.of(), replication.certifiedInDialog());
        assertEquals(List.of(), replication.addCertifiedTrainer(rosaCode, null));
        assertEquals(List.of(rosa), replication.certifiedInDialog());
        replication = replication.saveChange();
        assertTrue(replication.certifiedTrainers().contains(rosa) && replication.certifiedTrainers().contains(course),
                "the trainer with the course that certified her: " + replication.certifiedTrainers());

        // The course's cascade: its three trainers, Rosa with her replication's two people.
        TrainingPages.Cascade cascade = TrainingPages.Training.open(browser, courseId).openCascade();
        List<List<String>> lines = cascade.lines();
        assertEquals(3, lines.size(), "a line per trainer: " + lines);
        assertTrue(lines.contains(List.of("R. C. " + suffix.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".",
                replicationTitle, "2", "2")), "Rosa's replication reached 2 people: " + lines);
        assertTrue(cascade.chartNodes().stream().anyMatch(node -> node.contains(replicationTitle)),
                "the chart draws the replication: " + cascade.chartNodes());
        onAPhone(browser, () -> TrainingPages.Cascade.open(browser, courseId));
        cascade.signOut();

        // Ana's own certificate, downloaded: her name, the hours and the code.
        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new);
        String pdf = text(TrainingPages.MyTrainings.open(browser).certificate(course));
        assertTrue(pdf.contains(ana), "the holder's name: " + pdf);
        assertTrue(pdf.contains(PortalText.of(PortalText.SPANISH, "training.certificate.pdf.hours", "8")),
                "8 hours attended: " + pdf);
        assertTrue(pdf.replaceAll("\\s", "").contains(anaCode), "the verification code: " + pdf);
        browser.forgetEverything();

        // Anyone verifies it: the training and the initials, never the name.
        TrainingPages.Verification verification = TrainingPages.Verification.open(browser, anaCode);
        assertTrue(verification.valid());
        assertEquals(course, verification.text("verifyTraining"));
        assertEquals("A. B.", verification.text("verifyHolder"));
        assertFalse(verification.visibleText().contains("Benítez"), "no name on the public page");

        // The coordinator revokes it: a reason is required.
        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        attendance = TrainingPages.Attendance.open(browser, courseId);
        attendance.startRevoking(ana);
        List<String> withoutReason = attendance.revoke(null);
        assertEquals(1, withoutReason.size(), "a reason is required: " + withoutReason);
        assertTrue(attendance.revokeDialogOpen());
        browser.checkScreen();
        assertEquals(List.of(), attendance.revoke("Asistencia registrada por error en la sesión 2"));
        browser.checkScreen();
        assertEquals(PortalText.of(PortalText.SPANISH, "training.certificates.revoked"), attendance.stateOf(ana));
        assertEquals(PortalText.of(PortalText.SPANISH, "training.certificates.valid"), attendance.stateOf(rosa));
        attendance.signOut();
        browser.forgetEverything();

        verification = TrainingPages.Verification.open(browser, anaCode);
        assertTrue(verification.revoked(), "the public page says revoked");
        assertFalse(verification.valid());
        String ending = anaCode.endsWith("AAAA") ? "BBBB" : "AAAA";
        TrainingPages.Verification unknown = TrainingPages.Verification.open(browser,
                anaCode.substring(0, anaCode.length() - ending.length()) + ending);
        assertTrue(unknown.unknown());
        assertFalse(unknown.visibleText().contains(course), "an unknown code reveals nothing");
        assertNotEquals(anaCode, rosaCode);
    }

    /**
     * A training of 30 people shows 25 a page. A mark chosen on the first page and not saved survives going to the
     * second; "all present" fills the empty marks of both pages; one save keeps all 30 (the message counts them), and
     * each page shows them again once loaded anew. Without {@code skipChildren="false"} on the table's page event the
     * first page's choice would be lost on the way (its fields not read).
     */
    @Test
    void marksChosenOnEveryPageOfALargeTrainingAreKeptAndSavedTogether(Browser browser) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("America/Asuncion"));
        List<String> people = new ArrayList<>();
        long trainingId;
        try (TrainingData data = new TrainingData(DemoTaskForce.ALTO_PARANA, CARLOS_ROJAS)) {
            trainingId = data.training("Sensibilización en terminales " + suffix, "AWARENESS", today.minusDays(3));
            for (int i = 1; i <= 30; i++) {
                String name = String.format("Participante %02d %s", i, suffix);
                people.add(name);
                data.confirmed(trainingId, data.participant(name));
            }
        }
        String first = people.get(0);
        String second = people.get(1);
        String last = people.get(29);

        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);
        TrainingPages.Attendance attendance = TrainingPages.Attendance.open(browser, trainingId);
        assertEquals(people.subList(0, 25), attendance.names(), "the first 25 people, by name");
        attendance.choose(first, 1, "EXCUSED");
        attendance.nextPage();
        assertEquals(people.subList(25, 30), attendance.names(), "the last 5 people");
        attendance.choose(last, 1, "ABSENT");
        attendance.allPresent();
        browser.checkScreen();
        attendance.firstPage();
        assertEquals("EXCUSED", attendance.mark(first, 1), "the choice made before the page changed");
        assertEquals("PRESENT", attendance.mark(second, 1), "all present filled the first page too");
        attendance.save();
        assertTrue(TrainingPages.messages(browser).contains(
                PortalText.of(PortalText.SPANISH, "training.attendance.saved", 30)), TrainingPages.messages(browser)
                .toString());

        attendance = TrainingPages.Attendance.open(browser, trainingId);
        assertEquals("EXCUSED", attendance.mark(first, 1));
        assertEquals("PRESENT", attendance.mark(second, 1));
        attendance.nextPage();
        assertEquals("ABSENT", attendance.mark(last, 1));
        assertEquals("PRESENT", attendance.mark(people.get(25), 1));
        onAPhone(browser, () -> TrainingPages.Attendance.open(browser, trainingId));
    }

    /** Opens the page again at phone width and checks it there (axe, nothing past the screen's edge). */
    private static void onAPhone(Browser browser, Runnable openPage) {
        LayoutIT.resize(browser, LayoutIT.Size.PHONE);
        try {
            openPage.run();
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) browser.script(LayoutIT.LAYOUT_PROBLEMS);
            assertEquals(List.of(), problems, "at 390 px: " + browser.currentUrl());
        } finally {
            LayoutIT.resize(browser, LayoutIT.Size.DESKTOP);
        }
    }

    private static Path sheet(String content, java.nio.charset.Charset charset) throws IOException {
        Path file = Files.createTempFile("hoja-de-asistencia-", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, content, charset);
        return file;
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
