package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The training screens as a coordinator and a liaison use them: the participants list with its dialog, the trainings
 * list with the training dialog, one training's page with its nominations, and the liaison's waiting nominations.
 * Each nested page object waits for its screen and checks it (JavaScript errors, axe-core) when it is created.
 */
final class TrainingPages {

    private TrainingPages() {
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

        String title() {
            return browser.driver().findElement(By.id("trainingTitle")).getText();
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
}
