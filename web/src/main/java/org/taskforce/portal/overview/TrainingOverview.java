package org.taskforce.portal.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taskforce.portal.training.boundary.TrainingFigures;
import org.taskforce.portal.training.boundary.TrainingSummary;

/**
 * Backs the training figures of {@code /overview/task-forces.xhtml}: trainings planned and held, people nominated
 * and confirmed, by task force and sponsor, aggregates only (counts of people under 5 are shown as "fewer than 5").
 */
@RequestScoped
@Named("trainingOverview")
public class TrainingOverview {

    @Inject
    TrainingFigures figures;

    private List<TrainingSummary> summaries;

    public List<TrainingSummary> getSummaries() {
        if (summaries == null) {
            summaries = figures.summaries();
        }
        return summaries;
    }
}
