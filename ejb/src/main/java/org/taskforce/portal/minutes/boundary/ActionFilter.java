package org.taskforce.portal.minutes.boundary;

/**
 * Which actions the Actions page lists (always only those of meetings the person sees): the person's own, their
 * agency's (owned by the agency or by one of its people), the overdue ones, or all. Screens name it through
 * {@code minutes.actions.filter.<NAME>}.
 */
public enum ActionFilter {
    MINE,
    MY_AGENCY,
    OVERDUE,
    ALL;

    public String bundleKey() {
        return "minutes.actions.filter." + name();
    }
}
