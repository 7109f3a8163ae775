package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taskforce.portal.browser.DemoUser.ANA_BENITEZ;
import static org.taskforce.portal.browser.DemoUser.CARLOS_ROJAS;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A coordinator reads and verifies the task force's audit trail, with people's names and records named by what they
 * are (never "agency 14" or a user name); a member cannot open it.
 */
@BrowserTest
class AuditTrailIT {

    @Test
    void coordinatorSeesTheirOwnEntryIntoTheTaskForceAndAnIntactChain(Browser browser) {
        browser.signIn(CARLOS_ROJAS);
        browser.on(TaskForceHomePage::new);

        browser.open("/taskforce/audit.xhtml");
        AuditTrailPage audit = browser.on(AuditTrailPage::new);

        List<String> rows = audit.rows();
        String entered = CARLOS_ROJAS.displayName() + " | "
                + PortalText.of(PortalText.SPANISH, "audit.action.TASK_FORCE_ENTERED") + " | "
                + PortalText.of(PortalText.SPANISH, "audit.record.TaskForce") + ": Mesa Regional Alto Paraná | "
                + PortalText.of(PortalText.SPANISH, "audit.outcome.ALLOWED");
        assertTrue(rows.contains(entered), rows::toString);
        assertTrue(rows.stream().noneMatch(row -> row.matches(".*\\| [A-Za-z_]+ [0-9a-f-]+ \\|.*")),
                () -> "a record shown by its technical id: " + rows);
        String message = audit.verify();
        assertTrue(message.startsWith(PortalText.of(PortalText.SPANISH, "audit.verify.intact", 0).split(":")[0]),
                message);
        audit.assertAccessible();

        audit.search(CARLOS_ROJAS.displayName());
        assertTrue(audit.rows().contains(entered), () -> "searched: " + audit.rows());
        audit.includeEarlierYears();
        assertTrue(audit.rows().contains(entered), () -> "earlier years too: " + audit.rows());
        assertTrue(audit.rows().stream().allMatch(row -> row.startsWith(CARLOS_ROJAS.displayName() + " | ")),
                () -> "the search is kept when the period changes: " + audit.rows());
    }

    @Test
    void memberCannotOpenTheAuditTrail(Browser browser) {
        browser.signIn(ANA_BENITEZ);
        browser.on(TaskForceHomePage::new);

        browser.open("/taskforce/audit.xhtml");

        browser.on(ErrorPage::new).assertForbidden();
    }
}
