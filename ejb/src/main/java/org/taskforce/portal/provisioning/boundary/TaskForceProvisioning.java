package org.taskforce.portal.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.audit.boundary.RecordNames;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.provisioning.control.Enrolment;
import org.taskforce.portal.provisioning.control.KeycloakDirectory;
import org.taskforce.portal.provisioning.control.UndoOnRollback;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * National coordinators create and archive task forces, and appoint and dismiss their coordinators. A task force is
 * two things that must exist together: its row in the portal and its Keycloak group {@code /task-forces/<slug>},
 * whose members are its people; the group's subgroup {@code coordinators} holds those who coordinate it.
 *
 * <p>Creating is whole and can be retried: the row is written (not yet committed), then the group is found or
 * created; if Keycloak fails, the exception rolls the row back; if the commit fails after Keycloak succeeded, the
 * group this call created is removed again ({@link UndoOnRollback}). A group left behind by an earlier failed try is
 * reused. Only national coordinators may call it (checked here, whatever page calls it).
 */
@Stateless
@RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
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
    Enrolment enrolment;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    Members members;

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
            // Removing the group removes its coordinators' subgroup with it.
            undo.register("group of task force " + draft.slug(), () -> directory.deleteGroup(group.id()));
        }
        directory.ensureCoordinatorsGroup(draft.slug(), group.id());
        audit(taskForce, AuditAction.TASK_FORCE_CREATED);
        return taskForce;
    }

    /**
     * Archives a task force: nobody can enter it any more (the choice of task force skips archived ones at every
     * request), and nothing of it is deleted, in the portal or in Keycloak. Archiving an archived task force changes
     * nothing.
     *
     * @throws org.taskforce.portal.problem.ConflictException ({@code taskforce.error.changedMeanwhile}) if another
     *         national coordinator changed the task force at the same moment; nothing is written
     */
    public void archive(@NotNull String slug) {
        TaskForce taskForce = taskForces.findBySlug(slug).orElseThrow(() -> new TaskForceNotFoundException(slug));
        if (!taskForce.isArchived()) {
            // No form carries a version here: only a change committed while this one runs can clash with it.
            OptimisticLocking.edit(em, taskForce, taskForce.getVersion(), "taskforce.error.changedMeanwhile",
                    archived -> archived.archive(OffsetDateTime.now(ZoneOffset.UTC)));
            audit(taskForce, AuditAction.TASK_FORCE_ARCHIVED);
        }
    }

    /**
     * The coordinators of a task force: the people of its coordinators' subgroup, by last name; none while it has no
     * such subgroup (a task force made before the portal kept them, until its first appointment).
     */
    public List<Coordinator> coordinators(@NotNull String slug) {
        return directory.findCoordinatorsGroup(slug).map(directory::membersOf).orElse(List.of()).stream()
                .map(person -> new Coordinator(person.id(), MemberProvisioning.name(person), person.email()))
                .toList();
    }

    /**
     * Appoints a coordinator of a task force: an existing account with that e-mail address, or a new one (with a
     * one-time password, or Keycloak's e-mail); it joins the task force's group with the role member, and its
     * coordinators' subgroup.
     *
     * @throws InvitationMailException if Keycloak could not send the e-mail; nothing was changed
     */
    public Invitation appointCoordinator(@NotNull String slug, @NotNull @Valid NewCoordinator person) {
        TaskForce taskForce = activeTaskForce(slug);
        String group = directory.ensureTaskForceGroup(slug).id();
        KeycloakDirectory.Account account = enrolment.enrol(person.email(), person.firstName(), person.lastName(),
                null, group, List.of(PortalRole.MEMBER), person.delivery());
        enrolment.appoint(account.id(), directory.ensureCoordinatorsGroup(slug, group).id());
        audit(taskForce, AuditAction.COORDINATOR_APPOINTED, RecordNames.ACCOUNT, account.id());
        return new Invitation(account.id(), person.email(), account.temporaryPassword(),
                Enrolment.emailsLink(account, person.delivery()));
    }

    /**
     * Takes a person out of the task force's coordinators; they stay a member, and their portal sessions end at their
     * next request so that they lose the coordinators' pages at once.
     */
    public void dismissCoordinator(@NotNull String slug, @NotNull String userId) {
        TaskForce taskForce = activeTaskForce(slug);
        String coordinators = directory.findCoordinatorsGroup(slug).orElseThrow(PersonNotFoundException::new);
        directory.memberOf(coordinators, userId).orElseThrow(PersonNotFoundException::new);
        enrolment.dismiss(userId, coordinators);
        members.revokeAccess(userId);
        audit(taskForce, AuditAction.COORDINATOR_DISMISSED, RecordNames.ACCOUNT, userId);
    }

    private TaskForce activeTaskForce(String slug) {
        return taskForces.findBySlug(slug).filter(taskForce -> !taskForce.isArchived())
                .orElseThrow(() -> new TaskForceNotFoundException(slug));
    }

    private void audit(TaskForce taskForce, AuditAction action) {
        audit(taskForce, action, "TaskForce", taskForce.getSlug());
    }

    private void audit(TaskForce taskForce, AuditAction action, String recordType, String recordId) {
        auditTrail.record(taskForce.getId(), action, recordType, recordId);
    }
}
