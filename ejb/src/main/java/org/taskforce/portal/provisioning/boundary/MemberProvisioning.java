package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.audit.boundary.RecordNames;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.provisioning.control.Enrolment;
import org.taskforce.portal.provisioning.control.KeycloakDirectory;
import org.taskforce.portal.provisioning.control.UndoOnRollback;
import org.taskforce.portal.taskforce.boundary.Agencies;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * A coordinator manages the people of their own task force, and of no other: every method works in the
 * {@link CurrentTaskForce}, only for someone who coordinates it ({@link CoordinatorsOnly}: coordinating another task
 * force does not count), and acts only on accounts that are in that task force's Keycloak group; any other account
 * is answered with {@link PersonNotFoundException}, as if it did not exist.
 *
 * <p>Keycloak is the source of truth for who belongs: the list is read from the group each time, so a change made in
 * the Keycloak console shows here at once. Changes are made in Keycloak first and undone there if the portal's
 * transaction does not commit ({@link UndoOnRollback}). Each is audited in the task force's chain.
 */
@Stateless
@TaskForceBound
@CoordinatorsOnly
public class MemberProvisioning {


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTaskForce current;

    @Inject
    KeycloakDirectory directory;

    @Inject
    UndoOnRollback undo;

    @Inject
    Enrolment enrolment;

    @Inject
    Members members;

    @Inject
    Agencies agencies;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    /** The task force's people as Keycloak has them, with their agency's name and their last sign-in. */
    public List<TaskForcePerson> people() {
        try {
            return peopleOf(slug());
        } catch (DirectoryException e) {
            if (e.status() != Response.Status.NOT_FOUND.getStatusCode()) {
                throw e;
            }
            // A group whose id the directory kept was deleted in Keycloak's console: it looks the groups up again.
            return peopleOf(slug());
        }
    }

    private List<TaskForcePerson> peopleOf(String slug) {
        Map<String, String> agencyNames = new HashMap<>();
        agencies().forEach(agency -> agencyNames.put(agency.getCode(), agency.getName()));
        List<KeycloakDirectory.Person> people = directory.membersOf(directory.ensureTaskForceGroup(slug).id());
        Set<String> coordinators = directory.findCoordinatorsGroup(slug).map(directory::membersOf).orElse(List.of())
                .stream().map(KeycloakDirectory.Person::id).collect(Collectors.toSet());
        Map<String, OffsetDateTime> lastSignIn = new HashMap<>();
        if (!people.isEmpty()) {
            em.createQuery("select p from MemberProfile p where p.subject in :subjects", MemberProfile.class)
                    .setParameter("subjects", people.stream().map(KeycloakDirectory.Person::id).toList())
                    .getResultStream()
                    .filter(profile -> profile.getLastSignInAt() != null)
                    .forEach(profile -> lastSignIn.put(profile.getSubject(), profile.getLastSignInAt()));
        }
        return people.stream()
                .map(p -> new TaskForcePerson(p.id(), p.username(), name(p), p.email(), p.agencyCode(),
                        agencyNames.get(p.agencyCode()), coordinators.contains(p.id()),
                        p.enabled(), lastSignIn.get(p.id())))
                .toList();
    }

    /** The task force's agencies, by name: those a person can be invited for. */
    public List<Agency> agencies() {
        return agencies.list();
    }

    /**
     * Adds a person to the task force: an existing account with that e-mail address joins as it is; otherwise a new
     * account is made whose first sign-in asks for a new password (with a one-time password, or by the link Keycloak
     * e-mails). Either way the account joins the task force's group and holds the realm role {@code member}.
     *
     * @throws UnknownAgencyException if the agency is not one of the task force's
     * @throws InvitationMailException if Keycloak could not send the e-mail; nothing was changed
     */
    public Invitation invite(@NotNull @Valid NewMember person) {
        requireAgency(person.agencyCode());
        String group = group();
        KeycloakDirectory.Account account = enrolment.enrol(person.email(), person.firstName(), person.lastName(),
                person.agencyCode(), group, List.of(PortalRole.MEMBER), person.delivery());
        audit(AuditAction.MEMBER_INVITED, account.id());
        return new Invitation(account.id(), person.email(), account.temporaryPassword(),
                Enrolment.emailsLink(account, person.delivery()));
    }

    /**
     * Changes a person's agency and whether they coordinate this task force (they join or leave its coordinators'
     * subgroup). Taking the coordinator role away ends their portal sessions at their next request, so they lose the
     * coordinators' pages at once; a new coordinator gets the pages at their next sign-in.
     *
     * <p>Two coordinators may have the same person open at once. Keycloak keeps no version of an account to save
     * over, so the person as the dialog showed them stands in for one: the change is made only if Keycloak still
     * holds what the dialog showed (the agency, and whether they coordinate), and is refused otherwise, so that the
     * second of two saves never silently overwrites the first. Keycloak has no compare-and-set either: two saves
     * within the same few milliseconds can still both pass; the check is for a dialog opened before another
     * coordinator's save.
     *
     * @param shown the person as the list the dialog was opened from showed them
     * @throws UnknownAgencyException if the agency is not one of the task force's
     * @throws ConflictException ({@code provisioning.error.changedMeanwhile}) if the person's agency or role changed
     *         since they were shown; nothing is changed
     */
    public void change(@NotNull TaskForcePerson shown, @NotBlank String agencyCode, boolean coordinator) {
        String userId = shown.userId();
        String slug = slug();
        String group = directory.ensureTaskForceGroup(slug).id();
        String formerAgency = requirePerson(group, userId).agencyCode();
        requireAgency(agencyCode);
        String coordinators = directory.ensureCoordinatorsGroup(slug, group).id();
        boolean wasCoordinator = directory.memberOf(coordinators, userId).isPresent();
        if (!Objects.equals(formerAgency, shown.agencyCode()) || wasCoordinator != shown.coordinator()) {
            throw new ConflictException("account " + userId + " changed since it was shown",
                    "provisioning.error.changedMeanwhile");
        }
        if (wasCoordinator && !coordinator) {
            requireSomeoneElse(userId);
        }
        if (!agencyCode.equals(formerAgency)) {
            directory.setAgency(userId, agencyCode);
            if (formerAgency != null) {
                undo.register("agency of " + userId, () -> directory.setAgency(userId, formerAgency));
            }
        }
        if (coordinator && !wasCoordinator) {
            enrolment.appoint(userId, coordinators);
        } else if (!coordinator && wasCoordinator) {
            enrolment.dismiss(userId, coordinators);
            members.revokeAccess(userId);
        }
        audit(AuditAction.MEMBER_CHANGED, userId);
    }

    /**
     * Removes a person from the task force: they leave its group (and its coordinators' subgroup), their membership
     * row goes, their Keycloak sessions end and their portal sessions end at their next request, so they must sign in
     * again and get a token that no longer names the task force. Their account and records stay.
     */
    public void remove(@NotNull String userId) {
        String slug = slug();
        String group = directory.ensureTaskForceGroup(slug).id();
        requirePerson(group, userId);
        requireSomeoneElse(userId);
        directory.leave(userId, group);
        undo.register("leaving " + userId, () -> directory.join(userId, group));
        directory.findCoordinatorsGroup(slug)
                .filter(coordinators -> directory.memberOf(coordinators, userId).isPresent())
                .ifPresent(coordinators -> enrolment.dismiss(userId, coordinators));
        members.leave(userId, current.require(), currentActor.require());
        directory.endSessions(userId);
        members.revokeAccess(userId);
        audit(AuditAction.MEMBER_REMOVED, userId);
    }

    /**
     * Disables a person's account: they cannot sign in any more, anywhere in the portal, and their Keycloak and
     * portal sessions end.
     */
    public void disable(@NotNull String userId) {
        requirePerson(group(), userId);
        requireSomeoneElse(userId);
        directory.disable(userId);
        members.revokeAccess(userId);
        audit(AuditAction.ACCOUNT_DISABLED, userId);
    }

    /** The account, after checking that it is in the task force's group. */
    private KeycloakDirectory.Person requirePerson(String group, String userId) {
        return directory.memberOf(group, userId).orElseThrow(PersonNotFoundException::new);
    }

    private void requireAgency(String code) {
        if (agencies().stream().noneMatch(agency -> agency.getCode().equals(code))) {
            throw new UnknownAgencyException(code);
        }
    }

    /** Coordinators do not remove, disable or step down themselves ({@link OwnAccountException}). */
    private void requireSomeoneElse(String userId) {
        if (currentActor.require().subject().equals(userId)) {
            throw new OwnAccountException();
        }
    }

    private String group() {
        return directory.ensureTaskForceGroup(slug()).id();
    }

    private String slug() {
        return em.find(TaskForce.class, current.require()).getSlug();
    }

    static String name(KeycloakDirectory.Person person) {
        String name = ((person.firstName() == null ? "" : person.firstName()) + " "
                + (person.lastName() == null ? "" : person.lastName())).strip();
        return name.isEmpty() ? person.username() : name;
    }

    private void audit(AuditAction action, String userId) {
        auditTrail.record(current.require(), action, RecordNames.ACCOUNT, userId);
    }
}
