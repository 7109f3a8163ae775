package org.taskforce.portal.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The training screens as a coordinator and a liaison use them: the participants list with its dialog, the trainings
 * list with the training dialog, one training's page with its nominations, and the liaison's waiting nominations;
 * the attendance page with its sign-in sheet import and certificates, a member's own trainings, the public
 * verification page and a course's cascade.
 * Each nested page object waits for its screen and checks it (JavaScript errors, axe-core) when it is created.
 */
final class TrainingPages {

    private TrainingPages() {
    }

    /** The row of a table (by its client id) whose cell of the given class shows exactly the text. */
    static WebElement rowWith(Browser browser, String tableId, String cellClass, String text) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector(cellClass)).stream()
                        .anyMatch(cell -> cell.getText().trim().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + text + " in " + tableId));
    }

    /** The texts of the page's messages (the layout's {@code messages} list). */
    static List<String> messages(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='messages'] li")).stream()
                .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
    }

    /** The PDF a non-ajax download link or button of a form answers ({@link FormDownload}); fails for anything else. */
    static byte[] download(Browser browser, String formId, String componentId) {
        FormDownload file = FormDownload.press(browser, formId, componentId);
        if (!file.is("application/pdf")) {
            throw new AssertionError("no PDF for " + componentId + ": HTTP " + file.status() + ", "
                    + file.contentType());
        }
        return file.bytes();
    }

    /** Chooses an option of a PrimeFaces select menu by its visible label (the hidden select keeps the options). */
    static void choose(Browser browser, String widgetId, String label) {
        Object value = browser.script("""
                const option = [...document.querySelectorAll("[id='" + arguments[0] + "_input'] option")]
                    .find(o => o.textContent.trim().startsWith(arguments[1]));
                return option ? option.value : null;""", widgetId, label);
        if (value == null) {
            throw new AssertionError("no option " + label + " in " + widgetId);
        }
        browser.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", widgetId, value);
    }

    /** {@code /training/participants.xhtml}. */
    static final class Participants extends SignedInPage {

        Participants(Browser browser) {
            super(browser, By.id("participants:list"));
        }

        static Participants open(Browser browser) {
            browser.open("/training/participants.xhtml");
            return browser.on(Participants::new);
        }

        /** Adds a person of an outside NGO; returns the dialog's messages (empty once saved). */
        List<String> add(String name, String email) {
            if (!browser.driver().findElement(By.id("participant:name")).isDisplayed()) {
                clickAndWait("actions:add");
                browser.waitFor(By.id("participant:name"));
            }
            typeInto("participant:name", name);
            typeInto("participant:outsideAgencyName", "Fundación Luna Nueva");
            browser.script("PrimeFaces.getWidgetById('participant:outsideAgencyType').selectValue('NGO');");
            browser.script("PrimeFaces.getWidgetById('participant:sex').selectValue('FEMALE');");
            if (email != null) {
                typeInto("participant:email", email);
            }
            clickAndWait("participant:save");
            return messages();
        }

        List<String> messages() {
            return browser.driver()
                    .findElements(By.cssSelector("[id='participant:dialogMessages'] li.message-error")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
        }

        void saveAgain() {
            clickAndWait("participant:save");
        }

        /**
         * Types into the table's search box and returns the names it then shows: the list pages by 25, and the task
         * force may have more people than that, so a person is looked for as a coordinator would.
         */
        List<String> namesFound(String text) {
            WebElement dialogName = browser.driver().findElement(By.id("participant:name"));
            if (dialogName.isDisplayed()) { // a refused add leaves the dialog open, and it keeps the focus
                browser.driver().findElement(By.id("participant:close")).click();
                browser.waitUntil(driver -> !dialogName.isDisplayed());
            }
            return searchTable("participants:list", text, this::names);
        }

        List<String> names() {
            return browser.driver().findElements(By.cssSelector("[id='participants:list'] .participant-name"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
        }
    }

    /** {@code /training/trainings.xhtml}. */
    static class Trainings extends SignedInPage {

        Trainings(Browser browser) {
            this(browser, By.id("trainings:list"));
        }

        /** For a page of its own that plans with the same training dialog. */
        Trainings(Browser browser, By marker) {
            super(browser, marker);
        }

        static Trainings open(Browser browser) {
            browser.open("/training/trainings.xhtml");
            return browser.on(Trainings::new);
        }

        /**
         * Fills in the training dialog (opening it unless a refused save left it open): one session on the day, from
         * start to end (HH:mm).
         */
        void fillNew(String title, String sponsor, String day, String start, String end) {
            if (!browser.driver().findElement(By.id("training:title")).isDisplayed()) {
                clickAndWait("actions:plan");
                browser.waitFor(By.id("training:title"));
                browser.checkScreen(); // the open dialog is a screen of its own
            }
            typeInto("training:title", title);
            browser.script("PrimeFaces.getWidgetById('training:kind').selectValue('SPECIALISED');");
            // The checkbox menu keeps a hidden checkbox per sponsor, labelled with its name: what the form submits.
            Object checked = browser.script("""
                    const box = [...document.querySelectorAll("input[name='training:sponsorIds']")].find(b => {
                        const label = document.querySelector("label[for='" + b.id + "']");
                        return (label ? label.textContent : b.closest('li, div').textContent).includes(arguments[0]);
                    });
                    if (box) { box.checked = true; }
                    return !!box;""", sponsor);
            if (!Boolean.TRUE.equals(checked)) {
                throw new AssertionError("no sponsor " + sponsor + " in the training dialog");
            }
            typeInto("training:capacity", "20");
            setValue("training:sessions", 0, "date", day);
            setValue("training:sessions", 0, "start", start);
            setValue("training:sessions", 0, "end", end);
        }

        /**
         * Finds a training by its title in the table's search box (the list pages by 20, the latest first) and opens
         * it.
         */
        Training openTraining(String title) {
            searchTable("trainings:list", title, () -> browser.driver()
                    .findElements(By.cssSelector("[id='trainings:list'] .training-title")).stream()
                    .map(WebElement::getText).toList());
            browser.clickAndWaitForPage(browser.waitFor(By.linkText(title)));
            return browser.on(Training::new);
        }

        /** Saves the dialog; returns its messages if it stayed open. */
        List<String> save() {
            browser.driver().findElement(By.id("training:save")).click();
            browser.waitForAjax();
            browser.waitForDocument();
            return browser.driver()
                    .findElements(By.cssSelector("[id='training:dialogMessages'] li.message-error")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
        }

        private void setValue(String container, int row, String field, String value) {
            WebElement input = browser.driver().findElement(By.cssSelector(
                    "[id$=':" + row + ":" + field + "'][type]"));
            browser.script("arguments[0].value = arguments[1];", input, value);
        }
    }

    /**
     * {@code /overview/courses.xhtml}: a national coordinator's national courses, planned with the training dialog
     * in its national mode (the host task force chosen first).
     */
    static final class NationalCourses extends Trainings {

        NationalCourses(Browser browser) {
            super(browser, By.id("courses:list"));
        }

        static NationalCourses open(Browser browser) {
            browser.open("/overview/courses.xhtml");
            return browser.on(NationalCourses::new);
        }

        /** Fills in the dialog for a new national course hosted by the task force of this name. */
        void fillNew(String host, String title, String sponsor, String day, String start, String end) {
            clickAndWait("actions:plan");
            browser.waitFor(By.id("training:title"));
            choose(browser, "training:hostId", host);
            browser.waitForAjax(); // the host's participants become the trainers to choose from
            fillNew(title, sponsor, day, start, end);
        }

        /** The host shown for the course of this title. */
        String hostOf(String title) {
            for (WebElement row : browser.driver().findElements(By.cssSelector("[id='courses:list'] tbody tr"))) {
                if (row.findElements(By.cssSelector(".course-title")).stream()
                        .anyMatch(cell -> cell.getText().trim().equals(title))) {
                    return row.findElement(By.cssSelector(".course-host")).getText().trim();
                }
            }
            throw new AssertionError(title + " is not among the national courses");
        }
    }

    /** {@code /training/training.xhtml?id=…}. */
    static final class Training extends SignedInPage {

        Training(Browser browser) {
            super(browser, By.id("trainingTitle"));
        }

        static Training open(Browser browser, long trainingId) {
            browser.open("/training/training.xhtml?id=" + trainingId);
            return browser.on(Training::new);
        }

        String title() {
            return browser.driver().findElement(By.id("trainingTitle")).getText();
        }

        /** Opens the training dialog on this training (checked as a screen of its own). */
        void startChange() {
            clickAndWait("trainingActions:edit");
            browser.waitFor(By.id("training:title"));
            browser.checkScreen();
        }

        /** Adds a trainer by the code of their certificate in the open dialog; returns the dialog's messages. */
        List<String> addCertifiedTrainer(String code, String name) {
            typeInto("training:trainerCode", code);
            typeInto("training:trainerName", name == null ? "" : name);
            clickAndWait("training:addCertified");
            return browser.driver()
                    .findElements(By.cssSelector("[id='training:dialogMessages'] li.message-error")).stream()
                    .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
        }

        /** The names of the trainers the open dialog lists by their certificates. */
        List<String> certifiedInDialog() {
            return browser.driver().findElements(By.cssSelector("#certifiedList .certified-trainer-name")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** Saves the open dialog; the training's page opens again. */
        Training saveChange() {
            WebElement html = browser.driver().findElement(By.tagName("html"));
            browser.driver().findElement(By.id("training:save")).click();
            browser.waitUntil(driver -> {
                try {
                    html.isEnabled();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return true;
                }
            });
            browser.waitForDocument();
            return browser.on(Training::new);
        }

        /** What the page says of the trainers recorded with their certificates. */
        String certifiedTrainers() {
            return browser.isPresent(By.id("certifiedTrainers"))
                    ? browser.driver().findElement(By.id("certifiedTrainers")).getText().trim() : "";
        }

        Cascade openCascade() {
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("cascadeLink")));
            return browser.on(Cascade::new);
        }

        Attendance openAttendance() {
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("attendanceLink")));
            return browser.on(Attendance::new);
        }

        void nominate(String name) {
            choose(browser, "nominate:nominee", name);
            clickAndWait("nominate:nominateButton");
        }

        /** The state shown for the nominee of this name. */
        String stateOf(String name) {
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='nominations:list'] tbody tr"));
            for (WebElement row : rows) {
                if (row.findElements(By.cssSelector(".nominee-name")).stream()
                        .anyMatch(cell -> cell.getText().trim().equals(name))) {
                    return row.findElement(By.cssSelector(".nomination-state")).getText().trim();
                }
            }
            throw new AssertionError(name + " is not among the nominations");
        }
    }

    /** The liaison's start page, with the nominations waiting for them. */
    static final class LiaisonWaiting extends SignedInPage {

        LiaisonWaiting(Browser browser) {
            super(browser, By.id("waiting:list"));
        }

        /**
         * Types into the waiting table's search box (it pages by 20) and returns the names it then shows; the row
         * buttons of {@link #decide} then count within what it shows.
         */
        List<String> waitingNamesFound(String text) {
            return searchTable("waiting:list", text, this::waitingNames);
        }

        List<String> waitingNames() {
            return browser.driver().findElements(By.cssSelector("[id='waiting:list'] .nominee-name")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** Approves (or declines with the reason) the nomination of the person. */
        void decide(String name, boolean approve, String reason) {
            int row = waitingNames().indexOf(name);
            clickAndWait("waiting:list:" + row + (approve ? ":approve" : ":decline"));
            browser.waitFor(By.id("decision:reason"));
            browser.checkScreen();
            if (reason != null) {
                typeInto("decision:reason", reason);
            }
            clickAndWait("decision:save");
        }
    }
    /** {@code /training/attendance.xhtml?id=…}: marks, sign-in sheet import, certificates. */
    static final class Attendance extends SignedInPage {

        Attendance(Browser browser) {
            super(browser, By.id("attendanceTitle"));
        }

        static Attendance open(Browser browser, long trainingId) {
            browser.open("/training/attendance.xhtml?id=" + trainingId);
            return browser.on(Attendance::new);
        }

        private WebElement row(String name) {
            return rowWith(browser, "marks:table", ".attendance-name", name);
        }

        /** The mark select of the person at a session (1 = the first). */
        WebElement markField(String name, int session) {
            return row(name).findElements(By.cssSelector("select.attendance-mark")).get(session - 1);
        }

        /** The mark chosen for the person at a session: the enum's name, or "" for none. */
        String mark(String name, int session) {
            return markField(name, session).getDomProperty("value");
        }

        /** Chooses a mark (the enum's name) for the person at a session, as a person picks it from the list. */
        void choose(String name, int session, String mark) {
            new Select(markField(name, session)).selectByValue(mark);
        }

        /** The names on the page of the table shown, in its order. */
        List<String> names() {
            return browser.driver().findElements(By.cssSelector("[id='marks:table'] .attendance-name")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** Goes to the table's next page by its paginator and waits until it is drawn. */
        void nextPage() {
            browser.driver().findElement(By.cssSelector("[id='marks:table'] .ui-paginator-next")).click();
            browser.waitForAjax();
        }

        /** Goes back to the table's first page by its paginator and waits until it is drawn. */
        void firstPage() {
            browser.driver().findElement(By.cssSelector("[id='marks:table'] .ui-paginator-first")).click();
            browser.waitForAjax();
        }

        /** Puts the keyboard's focus on the person's mark of a session, as a click on it would. */
        void focus(String name, int session) {
            browser.script("arguments[0].focus()", markField(name, session));
        }

        /** Presses keys where the focus is, as a person at the keyboard. */
        void press(CharSequence... keys) {
            new Actions(browser.driver()).sendKeys(keys).perform();
        }

        /** Whatever has the keyboard's focus. */
        WebElement focused() {
            return browser.driver().switchTo().activeElement();
        }

        /** What the table says in the "completed" column for the person. */
        String completed(String name) {
            List<WebElement> cells = row(name).findElements(By.cssSelector("td"));
            return cells.get(cells.size() - 1).getText().trim();
        }

        void allPresent() {
            clickAndWait("marks:allPresent");
        }

        void save() {
            clickAndWait("marks:save");
        }

        /** Uploads a sign-in sheet and waits for its preview: its problems, or the marks ready to import. */
        void upload(Path sheet) {
            WebElement input = browser.driver().findElement(By.cssSelector("[id='import:file'] input[type='file']"));
            input.sendKeys(sheet.toAbsolutePath().toString());
            browser.waitUntil(driver -> browser.isPresent(By.id("sheetProblems"))
                    || browser.isPresent(By.id("sheetReady")));
            browser.waitForAjax();
        }

        List<String> sheetProblems() {
            return browser.driver().findElements(By.cssSelector("[id='sheetProblems'] li")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        boolean sheetReady() {
            return browser.isPresent(By.id("sheetReady"));
        }

        void importSheet() {
            clickAndWait("import:importSheet");
        }

        void issueCertificates() {
            clickAndWait("certificates:issue");
        }

        private WebElement certificate(String holder) {
            return rowWith(browser, "certificates:list", ".certificate-holder", holder);
        }

        List<String> holders() {
            return browser.driver().findElements(By.cssSelector("[id='certificates:list'] .certificate-holder"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
        }

        String codeOf(String holder) {
            return certificate(holder).findElement(By.cssSelector(".certificate-code")).getText().trim();
        }

        String stateOf(String holder) {
            return certificate(holder).findElement(By.cssSelector(".certificate-state")).getText().trim();
        }

        /** Opens the revocation dialog of the holder's certificate (checked as a screen of its own). */
        void startRevoking(String holder) {
            certificate(holder).findElement(By.cssSelector("button[id$=':revoke']")).click();
            browser.waitForAjax();
            browser.waitFor(By.id("revoke:reason"));
            browser.checkScreen();
        }

        /** Revokes with the reason (none: leaves the field empty); returns the dialog's messages. */
        List<String> revoke(String reason) {
            typeInto("revoke:reason", reason == null ? "" : reason);
            clickAndWait("revoke:save");
            return browser.driver().findElements(By.cssSelector("[id='revoke:dialogMessages'] li")).stream()
                    .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
        }

        boolean revokeDialogOpen() {
            return browser.driver().findElement(By.id("revoke:reason")).isDisplayed();
        }
    }

    /** {@code /training/mine.xhtml}: the signed-in member's own trainings and certificates. */
    static final class MyTrainings extends SignedInPage {

        MyTrainings(Browser browser) {
            super(browser, By.id("myTrainingsTitle"));
        }

        static MyTrainings open(Browser browser) {
            browser.open("/training/mine.xhtml");
            return browser.on(MyTrainings::new);
        }

        /** Downloads the certificate of the training of this title, as the row's link does. */
        byte[] certificate(String title) {
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='mine:trainings'] tbody tr"));
            for (WebElement row : rows) {
                if (row.getText().contains(title)) {
                    String link = row.findElement(By.cssSelector("a[id$=':certificate']")).getDomAttribute("id");
                    return download(browser, "mine", link);
                }
            }
            throw new AssertionError("no training " + title + " among " + rows.size() + " of mine");
        }
    }

    /** {@code /verify/<code>}: the public verification of a certificate, for anyone. */
    static final class Verification extends PortalPage {

        Verification(Browser browser) {
            super(browser, By.id("verifyTitle"));
        }

        static Verification open(Browser browser, String code) {
            browser.open("/verify/" + code);
            return browser.on(Verification::new);
        }

        boolean valid() {
            return browser.isPresent(By.id("verifyValid"));
        }

        boolean revoked() {
            return browser.isPresent(By.id("verifyRevoked"));
        }

        boolean unknown() {
            return browser.isPresent(By.id("verifyUnknown"));
        }

        String text(String id) {
            return browser.driver().findElement(By.id(id)).getText().trim();
        }
    }

    /** {@code /training/cascade.xhtml?id=…}: a Train the Trainer course's cascade. */
    static final class Cascade extends SignedInPage {

        Cascade(Browser browser) {
            super(browser, By.id("cascadeTitle"));
        }

        static Cascade open(Browser browser, long courseId) {
            browser.open("/training/cascade.xhtml?id=" + courseId);
            return browser.on(Cascade::new);
        }

        /** The table's lines: trainer, replication, people reached and completed, as shown. */
        List<List<String>> lines() {
            return browser.driver().findElements(By.cssSelector("[id='lines'] tbody tr")).stream()
                    .map(row -> List.of(text(row, ".cascade-trainer-initials"), text(row, ".cascade-replication-title"),
                            text(row, ".cascade-reached"), text(row, ".cascade-completed")))
                    .toList();
        }

        /** The nodes the chart draws, as their text. */
        List<String> chartNodes() {
            return browser.driver().findElements(By.cssSelector(".cascade-node")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        private static String text(WebElement row, String css) {
            return row.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::trim)
                    .findFirst().orElse("");
        }
    }
}
