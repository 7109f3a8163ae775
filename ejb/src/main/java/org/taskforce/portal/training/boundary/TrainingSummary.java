package org.taskforce.portal.training.boundary;

/**
 * One row of the national overview's training figures, as {@code training_summaries()} returns it: per task force and
 * sponsor ({@code null}: trainings without one), trainings planned (not cancelled) and held (their last session is
 * over), people nominated and confirmed. A count of people under 5 is {@code null}: too few to show.
 */
public record TrainingSummary(String taskForceName, String sponsorName, long trainingsPlanned, long trainingsHeld,
        Long peopleNominated, Long peopleConfirmed) {
}
