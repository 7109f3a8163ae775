package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.SOFIA_CABALLERO;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national coordination sees every task force and the figures across them (counted every few minutes, or at once
 * when asked), and nothing of a task force's own space.
 */
@BrowserTest
class NationalOverviewIT {

    @Test
    void nationalCoordinatorSeesEveryTaskForce(Browser browser) {
        browser.signIn(SOFIA_CABALLERO);
        TaskForceOverviewPage overview = browser.on(TaskForceOverviewPage::new);

        List<String> names = overview.taskForceNames();
        assertAll(
                () -> assertTrue(overview.lists(DemoTaskForce.ALTO_PARANA), names::toString),
                () -> assertTrue(overview.lists(DemoTaskForce.ITAPUA), names::toString),
                () -> assertTrue(overview.lists(DemoTaskForce.CENTRAL), names::toString));
    }

    @Test
    void nationalCoordinatorFindsATaskForceBySearching(Browser browser) {
        browser.signIn(SOFIA_CABALLERO);
        TaskForceOverviewPage overview = browser.on(TaskForceOverviewPage::new);

        overview.search(DemoTaskForce.ITAPUA.displayName());

        assertEquals(List.of(DemoTaskForce.ITAPUA.displayName()), overview.taskForceNames());
    }

    @Test
    void nationalCoordinatorSeesWhenTheFiguresWereCountedAndCountsThemAgain(Browser browser) {
        browser.signIn(SOFIA_CABALLERO);
        TaskForceOverviewPage overview = browser.on(TaskForceOverviewPage::new);
        String before = overview.countedAt();
        assertTrue(before.startsWith("Las cifras de abajo se contaron el ") && before.contains("cada 5 minutos"), before);

        assertEquals(List.of("Las cifras se contaron de nuevo."), overview.recount());
        assertTrue(overview.countedAt().startsWith("Las cifras de abajo se contaron el "), overview::countedAt);
        browser.assertAccessible();
    }

    @Test
    void nationalCoordinatorCannotOpenATaskForceHome(Browser browser) {
        browser.signIn(SOFIA_CABALLERO);
        browser.on(TaskForceOverviewPage::new);

        browser.open("/taskforce/home.xhtml");

        browser.on(ErrorPage::new).assertForbidden();
    }
}
