package org.taskforce.portal.taskforce;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.provisioning.boundary.Invitation;
import org.taskforce.portal.provisioning.boundary.MemberProvisioning;
import org.taskforce.portal.provisioning.boundary.NewMember;
import org.taskforce.portal.provisioning.boundary.TaskForcePerson;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.web.Deliveries;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /taskforce/people.xhtml}: a coordinator's list of their task force's people, read from Keycloak each
 * time the page opens (so changes made in the Keycloak console show), with inviting, changing a person's agency and
 * role, removing and disabling.
 * Coordinators only (web.xml); the services keep them to their own task force.
 *
 * <p>A new account's one-time password is held only until the coordinator closes the dialog that shows it (or
 * starts another invitation, or leaves the page); the portal never stores it. Where Keycloak can send mail
 * ({@link Deliveries}), the coordinator may have Keycloak e-mail the person a link instead.
 */
@ViewScoped
@Named("peoplePage")
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberProvisioning provisioning;

    @Inject
    transient Messages messages;

    @Inject
    transient Deliveries deliveries;

    private List<TaskForcePerson> people = List.of();
    private List<TaskForcePerson> filtered;
    private List<Agency> agencies = List.of();
    private boolean directoryDown;

    private final PersonForm invitee = new PersonForm();
    private String agencyCode;
    private Invitation invitation;
    private TaskForcePerson editing;
    private boolean coordinator;

    @PostConstruct
    void load() {
        try {
            people = provisioning.people();
            agencies = provisioning.agencies();
            directoryDown = false;
        } catch (DirectoryUnavailableException e) {
            people = List.of();
            directoryDown = true;
            messages.error("provisioning.error.keycloakDownList");
        }
    }

    /** Opens the invitation dialog empty; a new account's person gets Keycloak's e-mail where it is offered. */
    public void startInvitation() {
        invitee.clear(deliveries.preferred());
        agencyCode = null;
        invitation = null;
    }

    /** Invites the person; on any problem the dialog stays open with what was typed. */
    public void invite() {
        NewMember invited = new NewMember(invitee.getEmail(), invitee.getFirstName(), invitee.getLastName(),
                agencyCode, deliveries.allowed(invitee.getDelivery()));
        invitation = provisioning.invite(invited);
        messages.info(invitation.emailed() ? "provisioning.invited.emailed"
                : invitation.newAccount() ? "provisioning.invited.new" : "provisioning.invited.existing",
                invitation.username());
        load();
    }

    /** Forgets the one-time password once the coordinator closed the dialog that showed it. */
    public void forgetInvitation() {
        invitation = null;
    }

    /**
     * Opens the dialog that changes a person's agency and role. It keeps the person as the list showed them: the
     * service changes them only if Keycloak still holds what was shown.
     */
    public void startEdit(TaskForcePerson person) {
        editing = person;
        agencyCode = person.agencyCode();
        coordinator = person.coordinator();
    }

    /** Saves the person's agency and role; on any problem the dialog stays open. */
    public void saveEdit() {
        provisioning.change(editing, agencyCode, coordinator);
        messages.info("provisioning.changed", editing.name());
        load();
    }

    /** Removes a person from the task force, after the coordinator confirmed it. */
    public void remove(TaskForcePerson person) {
        change(person, () -> provisioning.remove(person.userId()), "provisioning.removed");
    }

    /** Disables a person's account, after the coordinator confirmed it. */
    public void disable(TaskForcePerson person) {
        change(person, () -> provisioning.disable(person.userId()), "provisioning.disabled");
    }

    private void change(TaskForcePerson person, Runnable work, String doneKey) {
        try {
            work.run();
            messages.info(doneKey, person.name());
        } finally {
            load(); // as it is now, whether the change went through or not
        }
    }

    public List<TaskForcePerson> getPeople() {
        return people;
    }

    public List<TaskForcePerson> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TaskForcePerson> filtered) {
        this.filtered = filtered;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public boolean isDirectoryDown() {
        return directoryDown;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public PersonForm getInvitee() {
        return invitee;
    }

    public TaskForcePerson getEditing() {
        return editing;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public void setCoordinator(boolean coordinator) {
        this.coordinator = coordinator;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }
}
