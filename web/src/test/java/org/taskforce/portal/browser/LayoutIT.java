package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.security.PortalPage.Access.COORDINATORS;
import static org.taskforce.portal.security.PortalPage.Access.LIAISONS;
import static org.taskforce.portal.security.PortalPage.Access.NATIONAL_COORDINATORS;
import static org.taskforce.portal.security.PortalPage.Access.PUBLIC;
import static org.taskforce.portal.security.PortalPage.Access.SIGNED_IN;
import static org.taskforce.portal.security.PortalPage.Access.TASK_FORCE;
import static org.taskforce.portal.security.PortalPage.Access.TASK_FORCE_WORKER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.taskforce.portal.security.PortalPage;
import org.taskforce.portal.security.PortalPage.Access;

/**
 * Every page of the portal, for every kind of person who may open it, at a desktop size (1366 × 900) and a phone size
 * (390 × 844): nothing wider than the screen (the page never scrolls sideways, no element reaches past its right
 * edge unless it sits in a frame that scrolls), no two labels drawn over each other, and axe-core still without
 * serious or critical violations at that size. The pages come from {@link PortalPage}, so a new page is checked at both
 * sizes without a line here. The dialogs people said did not fit (the event dialog, the invitation, a new task force)
 * are opened at both sizes: they stay inside the screen, their content never scrolls sideways, and their buttons are
 * in sight. On a phone the header folds into a menu that opens and closes by button and keyboard, and the calendar
 * opens its list view.
 *
 * <p>{@code PortalPage} here is the portal's page declaration ({@code security.PortalPage}), imported over this
 * package's page-object base class of the same name.
 *
 * <p>With the system property {@code portal.screens} set to a folder, it also saves a screenshot of each page at each
 * size there, once per page: {@code bin/screens.sh} uses this for the visual review in {@code docs/screens/}.
 */
@BrowserTest
class LayoutIT {

    /** A screen size, with the name the screenshots carry. */
    enum Size {
        DESKTOP(1366, 900), PHONE(390, 844);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /** One person of each kind, and which kinds of page they may open (the role suite proves the refusals). */
    enum Person {
        MEMBER(DemoUser.ANA_BENITEZ, EnumSet.of(PUBLIC, SIGNED_IN, TASK_FORCE_WORKER, TASK_FORCE)),
        COORDINATOR(DemoUser.CARLOS_ROJAS, EnumSet.of(PUBLIC, SIGNED_IN, TASK_FORCE_WORKER, TASK_FORCE, COORDINATORS)),
        NATIONAL_COORDINATOR(DemoUser.SOFIA_CABALLERO, EnumSet.of(PUBLIC, SIGNED_IN, NATIONAL_COORDINATORS)),
        LIAISON(DemoUser.EMILY_CARTER, EnumSet.of(PUBLIC, SIGNED_IN, LIAISONS)),
        IN_NO_TASK_FORCE(DemoUser.NADIA_RIOS, EnumSet.of(PUBLIC, SIGNED_IN));

        final DemoUser user;
        final Set<Access> opens;

        Person(DemoUser user, Set<Access> opens) {
            this.user = user;
            this.opens = opens;
        }
    }

    /**
     * What is wrong with the layout of the page shown now, as a list of findings (empty: nothing). Elements inside a
     * frame made to scroll sideways (overflow-x auto, scroll or hidden) may be wider than the screen; visually hidden
     * helpers (one pixel, clipped) are not drawn and are skipped.
     */
    static final String LAYOUT_PROBLEMS = """
            const width = document.documentElement.clientWidth, found = [];
            if (document.documentElement.scrollWidth > width) {
                found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + width);
            }
            const drawn = el => { const b = el.getBoundingClientRect(), s = getComputedStyle(el);
                return b.width > 2 && b.height > 2 && s.visibility !== 'hidden' && s.display !== 'none'; };
            const framed = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) return true; } return false; };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            for (const el of document.querySelectorAll('body *')) {
                if (drawn(el) && el.getBoundingClientRect().right > width + 1 && !framed(el)) {
                    found.push(name(el) + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px of ' + width);
                    if (found.length > 5) break;
                }
            }
            const labels = [...document.querySelectorAll('label, legend, h1, h2, h3, th')].filter(drawn);
            for (let i = 0; i < labels.length; i++) {
                for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i].getBoundingClientRect(), b = labels[j].getBoundingClientRect();
                    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (x > 2 && y > 2 && !labels[i].contains(labels[j]) && !labels[j].contains(labels[i])) {
                        found.push('"' + labels[i].textContent.trim() + '" is drawn over "' + labels[j].textContent.trim() + '"');
                    }
                }
            }
            return found;
            """;

    /** Where an open dialog is and whether its content and buttons fit the screen. */
    private static final String DIALOG_PROBLEMS = """
            const dialog = arguments[0], found = [], box = dialog.getBoundingClientRect();
            const content = dialog.querySelector('.ui-dialog-content');
            if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) {
                found.push('the dialog (' + Math.round(box.width) + ' x ' + Math.round(box.height) + ' at '
                    + Math.round(box.left) + ',' + Math.round(box.top) + ') leaves the screen ' + innerWidth + ' x ' + innerHeight);
            }
            if (content.scrollWidth > content.clientWidth) {
                found.push('its content is ' + content.scrollWidth + ' px wide in ' + content.clientWidth);
            }
            if (content.scrollLeft !== 0) found.push('its content is scrolled sideways');
            for (const button of dialog.querySelectorAll('.dialog-buttons button')) {
                const b = button.getBoundingClientRect();
                if (b.bottom > Math.min(innerHeight, content.getBoundingClientRect().bottom) + 1 || b.right > innerWidth) {
                    found.push('its button "' + button.textContent.trim() + '" is out of sight');
                }
            }
            return found;
            """;

    private static final Set<String> SCREENSHOTS_TAKEN = new HashSet<>();

    static Stream<Arguments> peopleAndSizes() {
        return Stream.of(Person.values()).flatMap(person -> Stream.of(Size.values())
                .map(size -> Arguments.of(person, size)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("peopleAndSizes")
    void everyPageThePersonMayOpenFitsTheScreen(Person person, Size size, Browser browser) {
        browser.signIn(person.user);
        resize(browser, size);
        try {
            List<String> found = new ArrayList<>();
            int checked = 0;
            for (PortalPage page : PortalPage.values()) {
                if (!person.opens.contains(page.access())) {
                    continue;
                }
                browser.open(withARecord(browser, page));
                browser.waitForDocument();
                browser.checkScreen(entry -> entry.getMessage().contains("status of 4"));
                checked++;
                @SuppressWarnings("unchecked")
                List<String> problems = (List<String>) browser.script(LAYOUT_PROBLEMS);
                problems.forEach(problem -> found.add(page + " (" + browser.currentUrl() + "): " + problem));
                screenshot(browser, size, page);
            }
            assertTrue(checked >= 3, person + " opened only " + checked + " pages");
            assertEquals(List.of(), found, person + " at " + size);
        } finally {
            resize(browser, Size.DESKTOP);
        }
    }

    /**
     * The address to open a page at: for a page that shows one record, with the id of the first record its list links
     * to (the demo data gives the list one), so that the page is checked with its content; any other page as it is.
     */
    private static String withARecord(Browser browser, PortalPage page) {
        PortalPage list = SHOWN_FROM.get(page);
        if (list == null) {
            return page.path();
        }
        browser.open(list.path());
        browser.waitForDocument();
        Object href = browser.script("const link = document.querySelector(\"a[href*='\" + arguments[0] + \"?id=']\");"
                + " return link ? link.getAttribute('href') : null;", page.path());
        if (href == null) {
            return page.path();
        }
        String address = href.toString();
        return address.substring(address.indexOf(page.path()));
    }

    /** Pages that show one record, and the list page that links to them. */
    private static final Map<PortalPage, PortalPage> SHOWN_FROM =
            Map.of(PortalPage.LIAISON_TRAINING, PortalPage.LIAISON_HOME);

    @ParameterizedTest(name = "at {0}")
    @MethodSource("sizes")
    void theDialogsPeopleFillInFitTheScreen(Size size, Browser browser) {
        browser.signIn(DemoUser.CARLOS_ROJAS);
        resize(browser, size);
        try {
            browser.open(PortalPage.CALENDAR.path());
            browser.waitForDocument();
            assertDialogFits(browser, "filters:newEvent", "eventDialog");
            browser.open(PortalPage.PEOPLE.path());
            browser.waitForDocument();
            assertDialogFits(browser, "actions:invite", "inviteDialog");
            browser.forgetEverything();
            browser.signIn(DemoUser.SOFIA_CABALLERO);
            browser.open(PortalPage.TASK_FORCES.path());
            browser.waitForDocument();
            assertDialogFits(browser, "actions:newTaskForce", "newTaskForceDialog");
        } finally {
            resize(browser, Size.DESKTOP);
        }
    }

    static Stream<Size> sizes() {
        return Stream.of(Size.values());
    }

    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuThatOpensAndClosesByButtonAndKeyboard(Browser browser) {
        browser.signIn(DemoUser.CARLOS_ROJAS);
        resize(browser, Size.PHONE);
        try {
            browser.open(PortalPage.TASK_FORCE_HOME.path());
            browser.waitForDocument();
            WebElement toggle = browser.waitFor(By.id("menuToggle"));
            WebElement menu = browser.driver().findElement(By.id("portalMenu"));
            assertAll(
                    () -> assertFalse(menu.isDisplayed(), "the menu is folded at first"),
                    () -> assertEquals("false", toggle.getDomAttribute("aria-expanded")),
                    () -> assertEquals("portalMenu", toggle.getDomAttribute("aria-controls")));
            toggle.click();
            browser.waitUntil(driver -> menu.isDisplayed());
            assertEquals("true", toggle.getDomAttribute("aria-expanded"));
            assertTrue(browser.driver().findElement(By.cssSelector(".nav-audit_trail")).isDisplayed(),
                    "the coordinator's links are in the open menu");
            browser.driver().findElement(By.cssSelector(".nav-calendar")).sendKeys(Keys.ESCAPE);
            browser.waitUntil(driver -> !menu.isDisplayed());
            assertEquals("false", toggle.getDomAttribute("aria-expanded"));
            assertEquals("menuToggle", browser.script("return document.activeElement.id"),
                    "Escape gives the focus back to the menu button");

            browser.open(PortalPage.CALENDAR.path());
            browser.waitForDocument();
            browser.waitFor(By.cssSelector(".fc-listWeek-button.fc-button-active"));
        } finally {
            resize(browser, Size.DESKTOP);
        }
        browser.open(PortalPage.TASK_FORCE_HOME.path());
        browser.waitForDocument();
        assertFalse(browser.driver().findElement(By.id("menuToggle")).isDisplayed(), "no menu button on a desktop");
        assertTrue(browser.driver().findElement(By.id("portalMenu")).isDisplayed());
    }

    @Test
    void anAllDayEventShowsItsDayNotMidnight(Browser browser) {
        browser.signIn(DemoUser.DIEGO_FRANCO);
        String title = "Jornada de sensibilización " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("America/Asuncion")).plusDays(1);
        CalendarPage calendar = CalendarPage.open(browser).newEvent().title(title).allDay()
                .times(tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay());
        assertEquals(List.of(), calendar.save());

        List<String> rows = calendar.search(title).agenda();
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).contains("Todo el día") && !rows.get(0).matches(".*\\d{1,2}:\\d{2}.*"),
                () -> "the next 30 days show the all-day event as: " + rows.get(0));

        browser.open(PortalPage.TASK_FORCE_HOME.path());
        browser.on(TaskForceHomePage::new);
        String line = browser.driver().findElement(By.id("upcoming")).getText().lines()
                .filter(text -> text.contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("tomorrow's event is not among the upcoming ones"));
        assertTrue(line.contains("Todo el día") && !line.matches(".*\\d{1,2}:\\d{2}.*"),
                () -> "the home page shows the all-day event as: " + line);
    }

    private static void assertDialogFits(Browser browser, String openButtonId, String dialogId) {
        browser.driver().findElement(By.id(openButtonId)).click();
        browser.waitForAjax();
        WebElement dialog = browser.waitFor(By.id(dialogId));
        browser.waitUntil(driver -> "1".equals(dialog.getCssValue("opacity")));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script(DIALOG_PROBLEMS, dialog);
        assertEquals(List.of(), problems, dialogId + " at " + browser.script("return innerWidth + ' x ' + innerHeight"));
        dialog.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        browser.waitUntil(driver -> !dialog.isDisplayed());
    }

    /** Sets the viewport (not the window) to the size, whatever the browser's own frame takes. */
    static void resize(Browser browser, Size size) {
        browser.driver().manage().window().setSize(new Dimension(size.width, size.height));
        long width = (Long) browser.script("return window.innerWidth");
        long height = (Long) browser.script("return window.innerHeight");
        browser.driver().manage().window().setSize(
                new Dimension(2 * size.width - (int) width, 2 * size.height - (int) height));
    }

    private static void screenshot(Browser browser, Size size, PortalPage page) {
        String folder = System.getProperty("portal.screens");
        String name = size.name().toLowerCase() + "-" + page.name().toLowerCase().replace('_', '-') + ".png";
        if (folder == null || folder.isBlank() || !SCREENSHOTS_TAKEN.add(name)) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
