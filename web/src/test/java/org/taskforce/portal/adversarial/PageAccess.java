package org.taskforce.portal.adversarial;

import static org.taskforce.portal.adversarial.Attacker.Role.COORDINATOR;
import static org.taskforce.portal.adversarial.Attacker.Role.COORDINATOR_ELSEWHERE;
import static org.taskforce.portal.adversarial.Attacker.Role.LIAISON;
import static org.taskforce.portal.adversarial.Attacker.Role.MEMBER;
import static org.taskforce.portal.adversarial.Attacker.Role.NATIONAL_COORDINATOR;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.taskforce.portal.adversarial.Attacker.Role;

/**
 * Which roles may open each page of the portal. {@link RoleMatrixIT} opens every {@code .xhtml} page under
 * {@code src/main/webapp} as every role and fails for a page missing here: a new page is registered with the roles
 * that may open it, and the test then proves everyone else gets 403.
 */
final class PageAccess {

    private PageAccess() {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Everyone who works in the current task force; its coordinators' pages are for its own coordinators only. */
    private static final Set<Role> TASK_FORCE = EnumSet.of(MEMBER, COORDINATOR, COORDINATOR_ELSEWHERE);

    /** Page (path from the web root) → the roles that may open it. */
    static final Map<String, Set<Role>> PAGES = Map.ofEntries(
            Map.entry("index.xhtml", EVERYONE),
            Map.entry("error.xhtml", EVERYONE),
            Map.entry("signed-out.xhtml", EVERYONE),
            Map.entry("no-task-force.xhtml", EVERYONE),
            Map.entry("taskforce/home.xhtml", TASK_FORCE),
            Map.entry("taskforce/choose.xhtml", TASK_FORCE),
            Map.entry("taskforce/audit.xhtml", EnumSet.of(COORDINATOR)),
            Map.entry("taskforce/people.xhtml", EnumSet.of(COORDINATOR)),
            Map.entry("taskforce/agencies.xhtml", EnumSet.of(COORDINATOR)),
            Map.entry("calendar/calendar.xhtml", TASK_FORCE),
            Map.entry("calendar/subscription.xhtml", TASK_FORCE),
            Map.entry("calendar/import.xhtml", TASK_FORCE),
            Map.entry("overview/task-forces.xhtml", EnumSet.of(NATIONAL_COORDINATOR)),
            Map.entry("liaison/home.xhtml", EnumSet.of(LIAISON)));

    /** The pages a role may open. */
    static Set<String> openTo(Role role) {
        return PAGES.entrySet().stream()
                .filter(page -> page.getValue().contains(role))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
