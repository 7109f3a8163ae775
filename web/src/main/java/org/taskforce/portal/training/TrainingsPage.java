package org.taskforce.portal.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.training.boundary.TrainingRow;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.web.RecentYears;

/**
 * Backs {@code /training/trainings.xhtml}: the task force's trainings for every member (search, sort, paging, CSV),
 * each linking to its page, with a session this year or the last (planned ones too) unless the person asks for
 * earlier years ({@link RecentYears}); coordinators also plan a new one ({@link TrainingDialog}).
 */
@ViewScoped
@Named("trainingsPage")
public class TrainingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    @Inject
    transient CurrentTaskForce currentTaskForce;

    private List<TrainingRow> list = List.of();
    private List<TrainingRow> filtered;
    private boolean coordinating;
    private final RecentYears period = new RecentYears();

    @PostConstruct
    void open() {
        coordinating = currentTaskForce.coordinating();
        loadTrainings();
    }

    /** Reads the trainings of the period: when the view opens, and when the person ticks or unticks "earlier years". */
    public void loadTrainings() {
        list = trainings.list(period.since());
        filtered = null;
    }

    /** The period the list shows: this year and the last, or earlier years too (its checkbox). */
    public RecentYears getPeriod() {
        return period;
    }

    /** Whether the person coordinates this task force (and may plan). */
    public boolean isCoordinating() {
        return coordinating;
    }

    public List<TrainingRow> getList() {
        return list;
    }

    public List<TrainingRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TrainingRow> filtered) {
        this.filtered = filtered;
    }
}
