package org.taskforce.portal.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.taskforce.boundary.TaskForceSummary;
import org.taskforce.portal.taskforce.boundary.TaskForces;

/**
 * Backs {@code /overview/task-forces.xhtml}: every active task force with its number of members and agencies.
 */
@ViewScoped
@Named("taskForceList")
public class TaskForceList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskForces taskForces;

    private List<TaskForceSummary> summaries;

    private List<TaskForceSummary> filtered;

    @PostConstruct
    void load() {
        summaries = taskForces.summaries();
    }

    public List<TaskForceSummary> getSummaries() {
        return summaries;
    }

    public List<TaskForceSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TaskForceSummary> filtered) {
        this.filtered = filtered;
    }

    public long getTotalMembers() {
        return summaries.stream().mapToLong(TaskForceSummary::members).sum();
    }
}
