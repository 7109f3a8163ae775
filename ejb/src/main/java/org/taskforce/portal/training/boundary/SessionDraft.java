package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session of a training as the planner enters it: a day, and the time it starts and ends that day, in the
 * planner's time zone ({@link TrainingDraft#zone()}). A session ending before it starts is refused by
 * {@link Trainings} naming the session.
 *
 * @param id the session's id when it exists already, {@code null} for a new one
 */
public record SessionDraft(Long id, @NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {
}
