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

/**
 * Backs {@code /training/trainings.xhtml}: the task force's trainings for every member (search, sort, paging, CSV),
 * each linking to its page; coordinators also plan a new one ({@link TrainingDialog}).
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

    @PostConstruct
    void load() {
        list = trainings.list();
        coordinating = currentTaskForce.coordinating();
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
