package org.taskforce.portal.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.provisioning.boundary.Coordinator;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.provisioning.boundary.Invitation;
import org.taskforce.portal.provisioning.boundary.NewCoordinator;
import org.taskforce.portal.provisioning.boundary.NewTaskForce;
import org.taskforce.portal.provisioning.boundary.TaskForceProvisioning;
import org.taskforce.portal.taskforce.PersonForm;
import org.taskforce.portal.taskforce.boundary.TaskForceSummary;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.web.Deliveries;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /overview/task-forces.xhtml}: every active task force with its number of members and agencies, and the
 * national coordinator's changes to that list: creating a task force (with its Keycloak group), appointing and
 * dismissing its coordinators, and archiving one. When Keycloak is down or refuses, the person is told that nothing
 * was created and that they can try again; what they typed stays in the dialog.
 */
@ViewScoped
@Named("taskForceList")
public class TaskForceList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskForces taskForces;

    @Inject
    transient TaskForceProvisioning provisioning;

    @Inject
    transient Messages messages;

    @Inject
    transient Deliveries deliveries;

    private List<TaskForceSummary> summaries;

    private List<TaskForceSummary> filtered;

    private TaskForceForm newTaskForce = new TaskForceForm();

    /** The task force whose coordinators dialog is open, and what that dialog shows and holds. */
    private String coordinatorsOf;
    private List<Coordinator> coordinators = List.of();
    private final PersonForm appointee = new PersonForm();
    private Invitation appointment;

    @PostConstruct
    void load() {
        summaries = taskForces.summaries();
    }

    /** Opens the dialog empty. */
    public void startNew() {
        newTaskForce = new TaskForceForm();
    }

    /** Creates the task force and its group; on any problem the dialog stays open with what was typed. */
    public void create() {
        NewTaskForce draft = newTaskForce.toDraft();
        provisioning.create(draft);
        messages.info("provisioning.taskForce.created", draft.name(), draft.slug());
        load();
    }

    /** Opens the coordinators dialog of a task force. */
    public void openCoordinators(String taskForceSlug) {
        coordinatorsOf = taskForceSlug;
        appointee.clear(deliveries.preferred());
        appointment = null;
        loadCoordinators();
    }

    /**
     * Appoints a coordinator of the open task force; a new account's one-time password is shown once, or Keycloak
     * e-mails its person a link.
     */
    public void appoint() {
        NewCoordinator appointed = new NewCoordinator(appointee.getEmail(), appointee.getFirstName(),
                appointee.getLastName(), deliveries.allowed(appointee.getDelivery()));
        appointment = provisioning.appointCoordinator(coordinatorsOf, appointed);
        messages.info("provisioning.coordinator.appointed", appointment.username());
        loadCoordinators();
    }

    /** Takes the coordinator role away from a person, after the national coordinator confirmed it. */
    public void dismiss(Coordinator coordinator) {
        try {
            provisioning.dismissCoordinator(coordinatorsOf, coordinator.userId());
            messages.info("provisioning.coordinator.dismissed", coordinator.name());
        } finally {
            loadCoordinators(); // as it is now, whether the dismissal went through or not
        }
    }

    /** Forgets a one-time password once the dialog that showed it is closed. */
    public void forgetAppointment() {
        appointment = null;
    }

    /** Reads the open task force's coordinators; a list Keycloak cannot give shows empty, and says so. */
    private void loadCoordinators() {
        coordinators = List.of();
        try {
            coordinators = provisioning.coordinators(coordinatorsOf);
        } catch (DirectoryUnavailableException e) {
            messages.error("provisioning.error.keycloakDownList");
        }
    }

    /** Archives a task force after the person confirmed it. */
    public void archive(String archivedSlug) {
        try {
            provisioning.archive(archivedSlug);
            messages.info("provisioning.taskForce.archived", archivedSlug);
        } finally {
            load();
        }
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

    public String getCoordinatorsOf() {
        return coordinatorsOf;
    }

    public List<Coordinator> getCoordinators() {
        return coordinators;
    }

    public PersonForm getAppointee() {
        return appointee;
    }

    public Invitation getAppointment() {
        return appointment;
    }

    public TaskForceForm getNewTaskForce() {
        return newTaskForce;
    }
}
