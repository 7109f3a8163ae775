package org.taskforce.portal.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * How Keycloak's groups say who belongs to a task force: the members of task force {@code <slug>} are the members of
 * the group {@code /task-forces/<slug>}, and its coordinators the members of that group's subgroup
 * {@code /task-forces/<slug>/coordinators}, which carries the realm role {@link PortalRole#COORDINATOR}. The token's
 * {@code groups} claim lists a person's groups by these full paths.
 */
public final class TaskForceGroups {

    /** The top group under which every task force has its own. */
    public static final String PARENT = "task-forces";

    /** The name of a task force group's subgroup of coordinators. */
    public static final String COORDINATORS = "coordinators";

    private static final String PREFIX = "/" + PARENT + "/";
    private static final String COORDINATORS_SUFFIX = "/" + COORDINATORS;

    private TaskForceGroups() {
    }

    /** The path of a task force's group, without the leading slash, as Keycloak's Admin API takes it. */
    public static String path(String slug) {
        return PARENT + "/" + slug;
    }

    /** The path of a task force's coordinators' subgroup, without the leading slash. */
    public static String coordinatorsPath(String slug) {
        return path(slug) + COORDINATORS_SUFFIX;
    }

    /** The slugs of the task forces whose own groups are among the given full paths, sorted. */
    public static Set<String> taskForces(Collection<String> groups) {
        return slugsOf(groups, "");
    }

    /** The slugs of the task forces whose coordinators' subgroups are among the given full paths, sorted. */
    public static Set<String> coordinated(Collection<String> groups) {
        return slugsOf(groups, COORDINATORS_SUFFIX);
    }

    private static Set<String> slugsOf(Collection<String> groups, String suffix) {
        Set<String> slugs = new TreeSet<>();
        for (String group : groups) {
            if (group.startsWith(PREFIX)) {
                String rest = group.substring(PREFIX.length());
                String slug = rest.endsWith(suffix) ? rest.substring(0, rest.length() - suffix.length()) : "";
                if (!slug.isEmpty() && !slug.contains("/")) {
                    slugs.add(slug);
                }
            }
        }
        return slugs;
    }
}
