package org.taskforce.portal.home.boundary;

import java.util.List;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;

/**
 * What the task force home shows.
 *
 * @param taskForce the task force and its people by agency
 * @param upcoming the next events the person may see, soonest first
 * @param myActions the person's own open actions, overdue first (only of meetings they see)
 */
public record Home(TaskForceHome taskForce, List<Occurrence> upcoming, List<ActionRow> myActions) {
}
