package org.taskforce.portal.adversarial;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.taskforce.portal.adversarial.Attacker.Role;
import org.taskforce.portal.security.PortalPage;

/**
 * Which pages each kind of person may open. The pages and their access come from the portal's one declaration,
 * {@link PortalPage}; what each access means for each role is stated here again, independently of the portal's own
 * {@code PageGate}, so that {@link RoleMatrixIT} tests the gate rather than repeating it.
 */
final class PageAccess {

    private PageAccess() {
    }

    /** Whether a person of this role, working in their own task force where they have one, may open the page. */
    static boolean mayOpen(Role role, PortalPage page) {
        boolean worker = role == Role.MEMBER || role == Role.COORDINATOR || role == Role.COORDINATOR_ELSEWHERE;
        return switch (page.access()) {
            case PUBLIC, SIGNED_IN -> true;
            case TASK_FORCE_WORKER, TASK_FORCE -> worker;
            case COORDINATORS -> role == Role.COORDINATOR;
            case NATIONAL_COORDINATORS -> role == Role.NATIONAL_COORDINATOR;
            case LIAISONS -> role == Role.LIAISON;
        };
    }

    /** The pages a role may open, as paths from the web root without the leading slash. */
    static Set<String> openTo(Role role) {
        return Arrays.stream(PortalPage.values())
                .filter(page -> mayOpen(role, page))
                .map(page -> page.path().substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
