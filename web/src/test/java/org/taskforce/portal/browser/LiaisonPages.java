package org.taskforce.portal.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The liaison's screens beyond the waiting nominations ({@link TrainingPages.LiaisonWaiting}): the list of their
 * sponsor's trainings with the attendance report form, and one training's page. Each page object waits for its screen
 * and checks it (JavaScript, axe-core) when it is created.
 */
final class LiaisonPages {

    private LiaisonPages() {
    }

    /** {@code /liaison/home.xhtml}: the trainings list and the attendance report. */
    static final class Home extends SignedInPage {

        Home(Browser browser) {
            super(browser, By.id("trainings:list"));
        }

        /** Finds a training by its title in the list's search box and opens its page. */
        Training openTraining(String title) {
            searchTable("trainings:list", title, () -> browser.driver()
                    .findElements(By.cssSelector("[id='trainings:list'] a.training-title")).stream()
                    .map(WebElement::getText).map(String::trim).toList());
            browser.clickAndWaitForPage(browser.waitFor(By.linkText(title)));
            return browser.on(Training::new);
        }

        /** Sets the report's days (ISO dates, as the browser's date field holds them). */
        void reportDays(String from, String to) {
            for (Map.Entry<String, String> day : Map.of("report:from", from, "report:to", to).entrySet()) {
                browser.script("arguments[0].value = arguments[1];",
                        browser.driver().findElement(By.id(day.getKey())), day.getValue());
            }
        }

        /** Presses a report button as a person does; for a report refused, the page comes back with its message. */
        Home pressReport(String button) {
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("report:" + button)));
            return browser.on(Home::new);
        }

        /** The message shown on a field of the report ({@code from}, {@code to}); empty if none. */
        String reportMessage(String field) {
            return browser.driver().findElement(By.id("report:" + field + "Message")).getText().trim();
        }

        /**
         * Presses a report button ({@code csv}, {@code xlsx}, {@code pdf}) as the browser's own form submission would
         * send it, with the page's session, and returns the file the portal answers. Fetched by the page itself so
         * that the test reads the bytes (headless Chromium would save them where the test cannot wait for them).
         */
        FormDownload download(String button) {
            return FormDownload.press(browser, "report", "report:" + button);
        }
    }

    /** {@code /liaison/training.xhtml?id=…}: one training of the sponsor's, its sessions and participants. */
    static final class Training extends SignedInPage {

        Training(Browser browser) {
            super(browser, By.id("participants:list"));
        }

        String title() {
            return browser.driver().findElement(By.id("trainingTitle")).getText().trim();
        }

        String participantsHeading() {
            return browser.driver().findElement(By.id("participantsHeading")).getText().trim();
        }

        /**
         * The row of the participant of that name, as its cells read (name, agency and type, position, sex, state,
         * one mark per session, hours, completed).
         */
        List<String> row(String name) {
            searchTable("participants:list", name, this::names);
            for (WebElement row : browser.driver().findElements(By.cssSelector("[id='participants:list'] tbody tr"))) {
                if (row.findElements(By.cssSelector(".participant-name")).stream()
                        .anyMatch(cell -> cell.getText().trim().equals(name))) {
                    return row.findElements(By.tagName("td")).stream().map(LiaisonPages::cellText).toList();
                }
            }
            throw new AssertionError(name + " is not among the participants: " + names());
        }

        List<String> names() {
            return browser.driver().findElements(By.cssSelector("[id='participants:list'] .participant-name"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
        }
    }

    /** A cell's own text, without the column title a reflowed table shows in it on a phone. */
    private static String cellText(WebElement cell) {
        String title = cell.findElements(By.cssSelector(".ui-column-title")).stream().map(WebElement::getText)
                .findFirst().orElse("");
        String text = cell.getText().trim();
        return text.startsWith(title) ? text.substring(title.length()).trim() : text;
    }
}
