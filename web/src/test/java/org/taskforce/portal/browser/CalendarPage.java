package org.taskforce.portal.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@code /calendar/calendar.xhtml}: the schedule, its event dialog and the table of the next 30 days. The dialog is
 * filled as a person would (typing, ticking, choosing), with PrimeFaces' own widget API for the drop-down menus.
 */
final class CalendarPage extends SignedInPage {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    CalendarPage(Browser browser) {
        super(browser, By.cssSelector("[id='calendar:schedule'] .fc-view-harness"));
    }

    static CalendarPage open(Browser browser) {
        browser.open("/calendar/calendar.xhtml");
        return browser.on(CalendarPage::new);
    }

    /** Opens the dialog for a new event. */
    CalendarPage newEvent() {
        click("filters:newEvent");
        browser.waitFor(By.id("eventForm:title"));
        return this;
    }

    CalendarPage title(String title) {
        type("eventForm:title", title);
        return this;
    }

    CalendarPage times(LocalDateTime start, LocalDateTime end) {
        enterDate("eventForm:start", start == null ? "" : DATE_TIME.format(start));
        enterDate("eventForm:end", end == null ? "" : DATE_TIME.format(end));
        return this;
    }

    /** Ticks "all day". */
    CalendarPage allDay() {
        browser.clickCentred(browser.driver().findElement(By.cssSelector("[id='eventForm:allDay'] .ui-chkbox-box")));
        return this;
    }

    /** Chooses a category (its enum name) in the drop-down. */
    CalendarPage category(String category) {
        selectOne("eventForm:category", category);
        return this;
    }

    /** Ticks "who sees it": TASK_FORCE, AGENCY or LISTED. */
    CalendarPage visibility(String visibility) {
        clickLabelOf("eventForm:visibility", visibility);
        return this;
    }

    /** Lists a person (by display name) on the event: opens the menu, ticks their name, closes the menu. */
    CalendarPage list(String displayName) {
        browser.clickCentred(browser.driver().findElement(By.id("eventForm:attendees")));
        WebElement panel = browser.waitFor(By.id("eventForm:attendees_panel"));
        panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                .filter(item -> item.getText().trim().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError(displayName + " is not among the attendees"))
                .findElement(By.cssSelector(".ui-chkbox-box")).click();
        closePopUp();
        return this;
    }

    /** Repeats weekly on the start's day, a number of times, or, with {@code null}, without saying when it ends. */
    CalendarPage weekly(Integer times) {
        selectOne("eventForm:repeat", "WEEKLY");
        if (times != null) {
            clickLabelOf("eventForm:repeatEnd", "COUNT");
            type("eventForm:count_input", Integer.toString(times));
        }
        return this;
    }

    /** For a recurring event: THIS, THIS_AND_FOLLOWING or ALL. */
    CalendarPage scope(String scope) {
        clickLabelOf("eventForm:scope", scope);
        return this;
    }

    /** Saves; returns the messages the dialog shows (empty when it closed). */
    List<String> save() {
        browser.driver().findElement(By.id("eventForm:save")).click();
        // Waits for the outcome a person sees (the dialog closed, or it names what is wrong) rather than for the page
        // to be idle: once in a CI run the page never counted as idle after a refused save, though all was shown.
        browser.waitUntil(driver -> !driver.findElement(By.id("eventDialog")).isDisplayed()
                || !dialogMessages().isEmpty());
        return dialogMessages();
    }

    /** Deletes or cancels, confirming the question. */
    void delete() {
        click("eventForm:delete");
        WebElement yes = browser.waitFor(By.id("eventForm:confirmYes"));
        yes.click();
        browser.waitForAjax();
    }

    /** The messages the open dialog shows (none once it closed). */
    List<String> dialogMessages() {
        return browser.driver().findElements(By.cssSelector("[id='eventForm:dialogMessages'] li")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** Opens the dialog on the n-th row (from 0) of the next-30-days table. */
    CalendarPage openAgendaRow(int row) {
        // The table may be drawn again by a late filter request between finding the link and clicking it: the wait
        // ignores a stale link and finds it anew.
        browser.waitUntil(driver -> {
            driver.findElements(By.cssSelector("[id='agenda:occurrences'] a.occurrence-title")).get(row).click();
            return true;
        });
        browser.waitForAjax();
        browser.waitFor(By.id("eventForm:title"));
        return this;
    }

    /**
     * Types into the title filter of the next-30-days table and waits until the table shows only matching rows (or
     * none): the filter runs after a short typing delay, so the wait is on what the table shows.
     */
    CalendarPage search(String text) {
        WebElement filter = browser.driver().findElement(
                By.cssSelector("[id='agenda:occurrences'] thead input.ui-column-filter"));
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        filter.sendKeys(text);
        browser.waitUntil(driver -> agenda().stream().allMatch(row -> row.contains(text)));
        browser.waitForAjax();
        return this;
    }

    /**
     * The next-30-days table (its current page) as "title @ start" lines, read in one go: a filter request that draws
     * the table anew meanwhile cannot leave the reading with rows that are gone.
     */
    List<String> agenda() {
        Object rows = browser.script("""
                return Array.from(document.querySelectorAll("[id='agenda:occurrences'] tbody tr"))
                    .map(row => row.querySelectorAll('td'))
                    .filter(cells => cells.length >= 2)
                    .map(cells => cells[1].innerText.trim() + ' @ ' + cells[0].innerText.trim());""");
        return ((List<?>) rows).stream().map(String::valueOf).toList();
    }

    /** Shows the week of the given day in the schedule; returns the titles of the events shown there. */
    List<String> weekOf(LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var s = PrimeFaces.getWidgetById('calendar:schedule'); s.calendar.changeView('timeGridWeek');"
                        + " s.calendar.gotoDate('" + day + "');");
        browser.waitForAjax();
        return browser.driver().findElements(
                By.cssSelector("[id='calendar:schedule'] .fc-timegrid-event .fc-event-title"))
                .stream().map(WebElement::getText).toList();
    }

    private void click(String id) {
        browser.clickCentred(browser.driver().findElement(By.id(id)));
        browser.waitForAjax();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        browser.waitForAjax();
    }

    /**
     * Enters a date and time in the browser's own date-time field, as its picker hands it to the page: the field's
     * value in ISO form (the browser shows it in the person's format; typing into it follows the browser's language,
     * which is the browser's business, not the portal's).
     */
    private void enterDate(String id, String isoValue) {
        WebElement field = browser.waitFor(By.id(id));
        browser.script("""
                var field = arguments[0];
                field.value = arguments[1];
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));""", field, isoValue);
        String shown = field.getDomProperty("value");
        if (!isoValue.equals(shown)) {
            throw new AssertionError(id + " holds \"" + shown + "\" after entering \"" + isoValue + "\"");
        }
    }

    /** Closes an open pop-up (picker, menu) by clicking the dialog's title, as a person would click beside it. */
    private void closePopUp() {
        browser.driver().findElement(By.cssSelector("[id='eventDialog'] .ui-dialog-title")).click();
        browser.waitForAjax();
    }

    private void selectOne(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    private void clickLabelOf(String radioId, String value) {
        browser.clickCentred(browser.driver().findElements(By.cssSelector("[id='" + radioId + "'] input")).stream()
                .filter(input -> value.equals(input.getDomAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " in " + radioId))
                .findElement(By.xpath("ancestor::*[contains(@class,'ui-radiobutton')][1]/following-sibling::label")));
    }
}
