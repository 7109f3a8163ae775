package org.taskforce.portal.minutes.boundary;

/**
 * An action of an earlier meeting in a meeting's "open actions": the action, and what this meeting said of it so far
 * ({@code null} until it is reviewed here).
 */
public record OpenAction(ActionRow action, ReviewRow here) {

    public boolean reviewed() {
        return here != null;
    }
}
