package org.taskforce.portal.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The minutes' screens as a minute taker and a member use them: the meetings list with the meeting dialog, and one
 * meeting's page with its agenda, outcome dialog and open actions. Each page object waits for its screen and checks it
 * (JavaScript errors, axe-core) when it is created; each dialog is checked once open.
 */
final class MinutesPages {

    private MinutesPages() {
    }

    /** Ticks a radio button of a PrimeFaces radio group by its value, clicking its label as a person would. */
    static void chooseRadio(Browser browser, String radioId, String value) {
        browser.clickCentred(browser.driver().findElements(By.cssSelector("[id='" + radioId + "'] input")).stream()
                .filter(input -> value.equals(input.getDomAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " in " + radioId))
                .findElement(By.xpath("ancestor::*[contains(@class,'ui-radiobutton')][1]/following-sibling::label")));
        browser.waitForAjax();
    }

    /** {@code /minutes/meetings.xhtml}. */
    static final class Meetings extends SignedInPage {

        Meetings(Browser browser) {
            super(browser, By.id("meetings:list"));
        }

        static Meetings open(Browser browser) {
            browser.open("/minutes/meetings.xhtml");
            return browser.on(Meetings::new);
        }

        /** The titles the list shows (its first page: the latest meetings). */
        List<String> titles() {
            return browser.driver().findElements(By.cssSelector("[id='meetings:list'] a.meeting-title")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /**
         * Holds a meeting in the dialog, from {@code start} for two hours (local {@code yyyy-MM-ddTHH:mm}), seen by
         * the whole task force or, with agency names, only by those agencies; opens its page.
         */
        Meeting hold(String title, String start, String end, String... agencies) {
            clickAndWait("actions:newMeeting");
            browser.waitFor(By.id("meeting:title"));
            browser.checkScreen(); // the open dialog is a screen of its own
            typeInto("meeting:title", title);
            setValue("meeting:start", start);
            setValue("meeting:end", end);
            if (agencies.length > 0) {
                chooseRadio(browser, "meeting:visibility", "AGENCIES");
                for (String agency : agencies) {
                    Object checked = browser.script("""
                            const box = [...document.querySelectorAll("input[name='meeting:agencyCodes']")].find(b => {
                                const label = document.querySelector("label[for='" + b.id + "']");
                                return (label ? label.textContent : b.closest('li, div').textContent)
                                    .includes(arguments[0]);
                            });
                            if (box) { box.checked = true; }
                            return !!box;""", agency);
                    if (!Boolean.TRUE.equals(checked)) {
                        throw new AssertionError("no agency " + agency + " in the meeting dialog");
                    }
                }
            }
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("meeting:save")));
            return browser.on(Meeting::new);
        }

        private void setValue(String id, String value) {
            browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        }
    }

    /** {@code /minutes/meeting.xhtml?id=}. */
    static final class Meeting extends SignedInPage {

        Meeting(Browser browser) {
            super(browser, By.id("meetingTitle"));
        }

        String title() {
            return browser.driver().findElement(By.id("meetingTitle")).getText().trim();
        }

        /** The meeting's id, from the page's address. */
        String id() {
            return browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        }

        Meeting addItem(String title, String presenter) {
            typeInto("newItem:title", title);
            typeInto("newItem:presenter", presenter);
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("newItem:addItem")));
            return browser.on(Meeting::new);
        }

        /**
         * Opens the notes dialog of an agenda item (its place on the agenda, from 0) and types at the end of what its
         * editor holds; nothing is saved yet. The dialog stays open.
         */
        Meeting typeNotes(int item, String text) {
            openNotes(item);
            WebElement editor = browser.waitFor(By.cssSelector("[id='notesForm:notes_editor'] .ql-editor"));
            editor.click();
            editor.sendKeys(Keys.END, text);
            return this;
        }

        /** Opens the notes dialog of an agenda item (its place on the agenda, from 0). */
        Meeting openNotes(int item) {
            browser.clickCentred(browser.waitUntil(driver -> {
                List<WebElement> buttons = driver.findElements(By.cssSelector("[id$='itemActions:editNotes']"));
                return buttons.size() > item ? buttons.get(item) : null;
            }));
            browser.waitForAjax();
            browser.waitFor(By.cssSelector("[id='notesForm:notes_editor'] .ql-editor"));
            return this;
        }

        /** What the open notes dialog's editor holds, as text. */
        String notesInDialog() {
            return browser.waitFor(By.cssSelector("[id='notesForm:notes_editor'] .ql-editor")).getText().trim();
        }

        /** Closes the notes dialog without saving (what was typed goes to the page, not to the minutes). */
        Meeting closeNotes() {
            browser.driver().findElement(By.id("notesForm:close")).click();
            browser.waitForAjax();
            browser.waitUntil(driver -> !driver.findElement(By.id("notesDialog")).isDisplayed());
            return this;
        }

        /** Saves the notes open in the dialog; returns the page's messages once the dialog has closed. */
        List<String> saveNotes() {
            browser.driver().findElement(By.id("notesForm:saveNotes")).click();
            browser.waitForAjax();
            browser.waitUntil(driver -> !driver.findElement(By.id("notesDialog")).isDisplayed());
            return TrainingPages.messages(browser);
        }

        /** Each agenda item's notes as the page shows them (text; "no notes yet" for an item without). */
        List<String> notes() {
            return browser.driver().findElements(By.cssSelector("#agenda .agenda-item")).stream()
                    .map(item -> item.findElements(By.cssSelector(".notes, .empty")).stream().findFirst()
                            .map(WebElement::getText).map(String::trim).orElse(""))
                    .toList();
        }

        List<String> items() {
            return browser.driver().findElements(By.cssSelector("#agenda .item-title")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** Adds an action to the first item: what, owned by a member (by name), due on a day (yyyy-MM-dd). */
        Meeting addAction(String what, String owner, String dueOn) {
            browser.waitFor(By.cssSelector("[id$='itemActions:addOutcome']")).click();
            browser.waitForAjax();
            browser.waitFor(By.id("outcome:text"));
            chooseRadio(browser, "outcome:kind", "ACTION");
            browser.waitForAjax();
            browser.waitFor(By.id("outcome:dueOn"));
            browser.checkScreen(); // the open dialog is a screen of its own
            typeInto("outcome:text", what);
            TrainingPages.choose(browser, "outcome:owner", owner);
            browser.script("document.getElementById('outcome:dueOn').value = arguments[0];", dueOn);
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("outcome:save")));
            return browser.on(Meeting::new);
        }

        /** Adds a decision to the first item. */
        Meeting addDecision(String what) {
            browser.waitFor(By.cssSelector("[id$='itemActions:addOutcome']")).click();
            browser.waitForAjax();
            browser.waitFor(By.id("outcome:text"));
            chooseRadio(browser, "outcome:kind", "DECISION");
            typeInto("outcome:text", what);
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("outcome:save")));
            return browser.on(Meeting::new);
        }

        /**
         * Types a decision the service refuses into the outcome dialog and saves: returns the dialog's messages (the
         * dialog stays open with them), then closes it.
         */
        List<String> refusedDecision(String what) {
            browser.waitFor(By.cssSelector("[id$='itemActions:addOutcome']")).click();
            browser.waitForAjax();
            browser.waitFor(By.id("outcome:text"));
            chooseRadio(browser, "outcome:kind", "DECISION");
            typeInto("outcome:text", what);
            browser.driver().findElement(By.id("outcome:save")).click();
            browser.waitForAjax();
            List<String> messages = browser.driver().findElements(By.cssSelector("[id='outcome:dialogMessages'] li"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
            browser.driver().findElement(By.id("outcome:close")).click();
            return messages;
        }

        /** Adds a member of the task force (chosen by name) to the attendance, present; nothing is saved yet. */
        Meeting addAttendee(String name) {
            TrainingPages.choose(browser, "attendance:addAttendeeId", name);
            pressInAttendance("attendance:addAttendee");
            return this;
        }

        /** Sets an attendee's presence (its label, e.g. "Se excusó"); nothing is saved yet. */
        Meeting presence(String name, String presence) {
            presenceField(attendeeRow(name)).selectByVisibleText(presence);
            return this;
        }

        /** Adds a guest, with the agency they came for; nothing is saved yet. */
        Meeting addGuest(String name, String agency) {
            typeInto("attendance:guestName", name);
            typeInto("attendance:guestAgency", agency);
            pressInAttendance("attendance:addGuest");
            return this;
        }

        /** Saves the attendance and the guests; returns the page's messages. */
        List<String> saveAttendance() {
            pressInAttendance("attendance:saveAttendance");
            return TrainingPages.messages(browser);
        }

        /** The attendance as "name: presence" lines, in the table's order. */
        List<String> attendance() {
            List<String> names = attendeeNames();
            List<String> lines = new ArrayList<>();
            for (int row = 0; row < names.size(); row++) {
                lines.add(names.get(row) + ": " + presenceField(row).getFirstSelectedOption().getText().trim());
            }
            return lines;
        }

        /** The presence of the attendee in that row of the table (a native select). */
        private Select presenceField(int row) {
            return new Select(browser.driver().findElement(By.id("attendance:attendees:" + row + ":presence")));
        }

        /** The guests' names. */
        List<String> guests() {
            return browser.driver().findElements(By.cssSelector("#guests .guest-name")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** The attendance's buttons sit above the sticky "save attendance" bar: scrolled to the middle first. */
        private void pressInAttendance(String id) {
            browser.clickCentred(browser.waitFor(By.id(id)));
            browser.waitForAjax();
        }

        /** The attendees' names, in the table's order (a row's index is its place in the ids). */
        private List<String> attendeeNames() {
            return browser.driver().findElements(By.cssSelector("[id='attendance:attendees'] .attendee-name"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
        }

        private int attendeeRow(String name) {
            List<String> names = attendeeNames();
            int row = names.indexOf(name);
            if (row < 0) {
                throw new AssertionError("no attendee " + name + " in " + names);
            }
            return row;
        }

        /** Presses one of the minutes' state buttons ({@code circulate}, {@code approve}, {@code reopen}). */
        Meeting press(String button) {
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("meetingActions:" + button)));
            return browser.on(Meeting::new);
        }

        /** Asks for a correction of approved minutes and confirms the question that names the next revision. */
        Meeting correct() {
            browser.driver().findElement(By.id("meetingActions:correct")).click();
            WebElement yes = browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            browser.waitUntil(driver -> yes.isDisplayed());
            browser.checkScreen(); // the question is a screen of its own
            browser.clickAndWaitForPage(yes);
            return browser.on(Meeting::new);
        }

        String state() {
            return browser.driver().findElement(By.id("state")).getText().trim();
        }

        String revision() {
            return browser.driver().findElement(By.id("revision")).getText().trim();
        }

        /** Sends a comment ({@code COMMENT}) or a proposed correction ({@code CORRECTION}) on the whole minutes. */
        Meeting comment(String kind, String text) {
            chooseRadio(browser, "newComment:kind", kind);
            typeInto("newComment:text", text);
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("newComment:send")));
            return browser.on(Meeting::new);
        }

        List<String> comments() {
            return browser.driver().findElements(By.cssSelector("#comments .comment-text")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** Shows the approved revision of that number; returns the lines of what changed after it, as shown. */
        List<String> differenceAfter(int revision) {
            WebElement show = browser.driver().findElements(By.cssSelector("[id^='versions:'][id$=':show']"))
                    .stream().filter(button -> String.valueOf(button.getDomAttribute("aria-label"))
                            .endsWith(" " + revision))
                    .findFirst().orElseThrow(() -> new AssertionError("no approved revision " + revision));
            show.click();
            browser.waitForAjax();
            browser.waitFor(By.id("difference"));
            return browser.driver().findElements(By.cssSelector("#difference li")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** The minutes' PDF as the page's button asks for it, with the page's session. */
        FormDownload pdf() {
            return FormDownload.press(browser, "pdf", "pdf:download");
        }

        /** The texts of the outcomes under the agenda's items. */
        List<String> outcomes() {
            return browser.driver().findElements(By.cssSelector("#agenda .outcome-text")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** The open actions of earlier meetings this meeting lists. */
        List<String> openActions() {
            return browser.driver().findElements(By.cssSelector("[id='openActions:list'] .open-action")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
        }

        /** What this meeting said of an open action (by what it says). */
        String reviewOf(String what) {
            return browser.driver().findElements(By.cssSelector("[id='openActions:list'] tbody tr")).stream()
                    .filter(r -> r.findElements(By.cssSelector(".open-action")).stream()
                            .anyMatch(cell -> cell.getText().trim().equals(what)))
                    .findFirst().orElseThrow(() -> new AssertionError("no open action " + what))
                    .findElement(By.cssSelector(".review-state")).getText().trim();
        }

        /** Marks an open action (by what it says) done in this meeting. */
        Meeting markDone(String what) {
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='openActions:list'] tbody tr"));
            WebElement row = rows.stream()
                    .filter(r -> r.findElements(By.cssSelector(".open-action")).stream()
                            .anyMatch(cell -> cell.getText().trim().equals(what)))
                    .findFirst().orElseThrow(() -> new AssertionError("no open action " + what));
            row.findElement(By.cssSelector("[id$=':review']")).click();
            browser.waitForAjax();
            browser.waitFor(By.id("review:note"));
            browser.checkScreen();
            chooseRadio(browser, "review:state", "DONE");
            browser.clickAndWaitForPage(browser.driver().findElement(By.id("review:save")));
            return browser.on(Meeting::new);
        }
    }

    /** {@code /minutes/search.xhtml}. */
    static final class Search extends SignedInPage {

        Search(Browser browser) {
            super(browser, By.id("search:words"));
        }

        static Search open(Browser browser) {
            browser.open("/minutes/search.xhtml");
            return browser.on(Search::new);
        }

        /** What the "from" field holds (an HTML date: yyyy-mm-dd). */
        String from() {
            return browser.driver().findElement(By.id("search:from")).getAttribute("value");
        }

        /** Searches for the words; returns each hit as its meeting's title, then its snippet's marked words. */
        List<String> find(String words) {
            typeInto("search:words", words);
            browser.driver().findElement(By.id("search:find")).click();
            browser.waitForAjax();
            browser.checkScreen();
            return browser.driver().findElements(By.cssSelector("#hits li")).stream()
                    .map(hit -> hit.findElement(By.cssSelector(".hit-meeting")).getText().trim() + " | "
                            + String.join(" ", hit.findElements(By.cssSelector(".snippet mark")).stream()
                                    .map(WebElement::getText).toList()))
                    .toList();
        }
    }
}
