package org.taskforce.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * The task force a person is working in now, chosen among their own and held on the server.
 *
 * <p>This is the only source of the current tenant: no request parameter or form field ever names it. Each read
 * checks the choice again against the caller's token, so a person removed from a task force in Keycloak loses it
 * with their next refreshed token, even in a session that chose it earlier.
 */
@SessionScoped
@Named("taskForceChoice")
public class TaskForceChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient TaskForces taskForces;

    @Inject
    transient AuditTrail auditTrail;

    @Inject
    transient TaskForceOfRequest ofRequest;

    private String chosenSlug;

    /**
     * The task forces this person may choose from: those of their groups the portal knows and has not archived; read
     * once per request.
     */
    public List<TaskForce> getAvailable() {
        if (!caller.isTaskForceWorker()) {
            return List.of();
        }
        return ofRequest.available(() -> taskForces.active(caller.getTaskForceSlugs()));
    }

    /** The current task force, if one is chosen and the caller still belongs to it; looked up once per request. */
    public Optional<TaskForce> current() {
        return ofRequest.get(this::lookUp);
    }

    /**
     * The chosen task force among those the person may choose from ({@link #getAvailable}, which every page's switcher
     * reads anyway): one query a request for both, not one each.
     */
    private Optional<TaskForce> lookUp() {
        if (chosenSlug == null) {
            return Optional.empty();
        }
        return getAvailable().stream().filter(taskForce -> taskForce.getSlug().equals(chosenSlug)).findFirst();
    }

    /** Whether the person coordinates the current task force (and so sees its coordinators' pages). */
    public boolean isCoordinating() {
        return current().map(taskForce -> caller.coordinates(taskForce.getSlug())).orElse(false);
    }

    /** For the template: the current task force or {@code null}. */
    public TaskForce getCurrent() {
        return current().orElse(null);
    }

    /**
     * Chooses a task force.
     *
     * @return whether the caller may work in it; if not, the choice is unchanged
     */
    public boolean choose(String slug) {
        Optional<TaskForce> chosen = getAvailable().stream()
                .filter(taskForce -> taskForce.getSlug().equals(slug))
                .findFirst();
        chosen.ifPresent(taskForce -> {
            chosenSlug = slug;
            ofRequest.chose(taskForce);
            auditTrail.record(taskForce.getId(), AuditAction.TASK_FORCE_ENTERED, "TaskForce", slug);
        });
        return chosen.isPresent();
    }

    /** Chooses the only task force of a person who has exactly one. */
    public boolean chooseIfOnlyOne() {
        List<TaskForce> available = getAvailable();
        return available.size() == 1 && choose(available.get(0).getSlug());
    }
}
