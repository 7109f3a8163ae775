package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditEntry;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.provisioning.control.KeycloakDirectory;
import org.taskforce.portal.provisioning.control.UndoOnRollback;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * National coordinators create and archive task forces. A task force is two things that must exist together: its
 * row in the portal and its Keycloak group {@code /task-forces/<slug>}, whose members are its people.
 *
 * <p>Creating is whole and can be retried: the row is written (not yet committed), then the group is found or
 * created; if Keycloak fails, the exception rolls the row back; if the commit fails after Keycloak succeeded, the
 * group this call created is removed again ({@link UndoOnRollback}). A group left behind by an earlier failed try is
 * reused. The pages only offer this to national coordinators ({@code web.xml}).
 */
@Stateless
public class TaskForceProvisioning {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskForces taskForces;

    @Inject
    KeycloakDirectory directory;

    @Inject
    UndoOnRollback undo;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    /**
     * Creates a task force and its group.
     *
     * @throws SlugTakenException if another task force has the slug
     * @throws DirectoryUnavailableException if Keycloak cannot be reached; nothing was created
     * @throws DirectoryException if Keycloak refused; nothing was created
     */
    public TaskForce create(@NotNull @Valid NewTaskForce draft) {
        if (taskForces.findBySlug(draft.slug()).isPresent()) {
            throw new SlugTakenException(draft.slug());
        }
        TaskForce taskForce = new TaskForce(draft.slug(), draft.name(), draft.department(), draft.city());
        em.persist(taskForce);
        em.flush();

        KeycloakDirectory.Group group = directory.ensureTaskForceGroup(draft.slug());
        if (group.created()) {
            undo.register("group of task force " + draft.slug(), () -> directory.deleteGroup(group.id()));
        }
        audit(taskForce, AuditAction.TASK_FORCE_CREATED);
        return taskForce;
    }

    /**
     * Archives a task force: nobody can enter it any more (the choice of task force skips archived ones at every
     * request), and nothing of it is deleted, in the portal or in Keycloak.
     */
    public void archive(@NotNull String slug) {
        TaskForce taskForce = taskForces.findBySlug(slug).orElseThrow(() -> new TaskForceNotFoundException(slug));
        if (!taskForce.isArchived()) {
            taskForce.archive(OffsetDateTime.now(ZoneOffset.UTC));
            audit(taskForce, AuditAction.TASK_FORCE_ARCHIVED);
        }
    }

    private void audit(TaskForce taskForce, AuditAction action) {
        Actor actor = currentActor.get().orElseThrow(() -> new IllegalStateException("no one is acting"));
        auditTrail.record(new AuditEntry(taskForce.getId(), actor.subject(), actor.name(), action, "TaskForce",
                taskForce.getSlug(), actor.address(), true));
    }
}
