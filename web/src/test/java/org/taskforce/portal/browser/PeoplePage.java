package org.taskforce.portal.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taskforce/people.xhtml}: a coordinator's people, with the invitation dialog and the row actions. */
final class PeoplePage extends SignedInPage {

    PeoplePage(Browser browser) {
        super(browser, By.id("people:list"));
    }

    static PeoplePage open(Browser browser) {
        browser.open("/taskforce/people.xhtml");
        return browser.on(PeoplePage::new);
    }

    /** The invitation's choices of how a new person gets in, by their position in {@code Delivery}. */
    private static final String ONE_TIME_PASSWORD = "invite:delivery:0";
    private static final String EMAIL = "invite:delivery:1";

    /**
     * Invites a person for the task force's first agency, with a one-time password for a new account; returns the
     * password the dialog shows, or the dialog's messages joined when it shows no password.
     */
    String invite(String email, String firstName, String lastName) {
        fillInvitation(email, firstName, lastName, ONE_TIME_PASSWORD);
        if (browser.isPresent(By.id("invite:password"))) {
            String password = browser.driver().findElement(By.id("invite:password")).getDomProperty("value");
            clickAndWait("invite:done");
            return password;
        }
        return String.join(" | ", dialogMessages());
    }

    /**
     * Invites a person for the task force's first agency, having Keycloak e-mail a new account's person; returns what
     * the dialog then says (its messages, and the e-mail notice), the dialog left open.
     */
    List<String> inviteByEmail(String email, String firstName, String lastName) {
        fillInvitation(email, firstName, lastName, EMAIL);
        List<String> said = new ArrayList<>(dialogMessages());
        browser.driver().findElements(By.id("invite:emailed")).forEach(notice -> said.add(notice.getText().trim()));
        return said;
    }

    /** Closes the invitation dialog (after a failure, or once its result was read). */
    void closeInvitation() {
        if (browser.isPresent(By.id("invite:done"))) {
            clickAndWait("invite:done");
        } else {
            browser.driver().findElement(By.id("invite:cancel")).click();
        }
    }

    private void fillInvitation(String email, String firstName, String lastName, String delivery) {
        clickAndWait("actions:invite");
        browser.waitFor(By.id("invite:email"));
        typeInto("invite:email", email);
        typeInto("invite:firstName", firstName);
        typeInto("invite:lastName", lastName);
        browser.script("""
                var w = PrimeFaces.getWidgetById('invite:agencyCode');
                w.selectValue(document.getElementById('invite:agencyCode_input').options[1].value);""");
        if (browser.isPresent(By.id(delivery))) { // offered only where Keycloak can send mail
            browser.driver().findElement(By.cssSelector("label[for='" + delivery + "']")).click();
        }
        clickAndWait("invite:send");
    }

    /** The ids of the invitation's fields marked invalid (announced as such to screen readers). */
    List<String> invalidInvitationFields() {
        return browser.driver().findElements(By.cssSelector("[id='invite'] [aria-invalid='true']")).stream()
                .map(field -> field.getDomAttribute("id")).toList();
    }

    List<String> dialogMessages() {
        return browser.driver().findElements(By.cssSelector("[id='invite:dialogMessages'] li")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** The names in the table (its current page). */
    List<String> names() {
        return browser.driver().findElements(By.cssSelector("[id='people:list'] .person-name")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** Makes the person in the row with this name a coordinator, through the change dialog. */
    void makeCoordinator(String name) {
        clickAndWait("people:list:" + rowOf(name) + ":edit");
        browser.waitFor(By.cssSelector("[id='edit:coordinator'] .ui-chkbox-box")).click();
        clickAndWait("edit:save");
    }

    /** The text of the row with this name, cell by cell. */
    List<String> rowText(String name) {
        return browser.driver().findElements(By.cssSelector("[id='people:list_data'] > tr")).get(rowOf(name))
                .findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** Disables the account of the person in the row with this name, answering yes to the question. */
    void disable(String name) {
        clickAndWait("people:list:" + rowOf(name) + ":disable");
        browser.waitFor(By.id("people:confirmYes")).click();
        browser.waitForAjax();
    }

    /** Removes the person in the table's row with this name, answering yes to the question. */
    void remove(String name) {
        clickAndWait("people:list:" + rowOf(name) + ":remove");
        browser.waitFor(By.id("people:confirmYes")).click();
        browser.waitForAjax();
    }

    private int rowOf(String name) {
        List<String> names = names();
        int row = names.indexOf(name);
        if (row < 0) {
            throw new AssertionError(name + " is not listed: " + names);
        }
        return row;
    }
}
