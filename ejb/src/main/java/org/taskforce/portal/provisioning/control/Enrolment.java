package org.taskforce.portal.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.taskforce.portal.provisioning.boundary.Delivery;

/**
 * Brings a person into a task force's group, or into its coordinators' subgroup, whole or not at all: finds or creates
 * their account, joins it to the group and gives it realm roles, registering at each step what undoes it if the
 * portal's transaction does not commit (a new account is deleted; an existing one leaves the group again and loses
 * the roles this call gave it). Used for coordinators' invitations and changes, and for national coordinators'
 * appointments and dismissals.
 */
@ApplicationScoped
public class Enrolment {

    @Inject
    KeycloakDirectory directory;

    @Inject
    UndoOnRollback undo;

    /**
     * @param agencyCode the agency attribute of a new account, or {@code null} for none
     * @param delivery how the person of a new account gets in: with the returned one-time password, or by the link
     *        Keycloak e-mails them (sent last, once everything else is done in Keycloak; sent again to an existing
     *        account that has not chosen its password yet)
     * @return the account, with its one-time password when it was created with one
     */
    public KeycloakDirectory.Account enrol(String email, String firstName, String lastName, String agencyCode,
            String groupId, List<String> realmRoles, Delivery delivery) {
        KeycloakDirectory.Account account = directory.ensureAccount(email, firstName, lastName, agencyCode,
                delivery == Delivery.ONE_TIME_PASSWORD);
        if (account.created()) {
            undo.register("new account " + account.id(), () -> directory.deleteAccount(account.id()));
        }
        directory.join(account.id(), groupId);
        if (!account.created()) {
            undo.register("joining " + account.id(), () -> directory.leave(account.id(), groupId));
        }
        for (String role : realmRoles) {
            if (directory.grantRealmRole(account.id(), role) && !account.created()) {
                undo.register("role " + role + " of " + account.id(),
                        () -> directory.revokeRealmRole(account.id(), role));
            }
        }
        if (emailsLink(account, delivery)) {
            directory.emailPasswordLink(account.id());
        }
        return account;
    }

    /**
     * Whether {@link #enrol} has Keycloak e-mail the person a link: asked for, and they have yet to choose a password
     * (a new account, or one invited before whose link expired unused).
     */
    public static boolean emailsLink(KeycloakDirectory.Account account, Delivery delivery) {
        return delivery == Delivery.EMAIL && account.awaitingPassword();
    }

    /**
     * Makes a person of a task force one of its coordinators: their account joins the task force's coordinators'
     * subgroup (and so gets the realm role {@value org.taskforce.portal.access.PortalRole#COORDINATOR} through it).
     *
     * @param coordinatorsGroupId from {@link KeycloakDirectory#ensureCoordinatorsGroup}
     */
    public void appoint(String userId, String coordinatorsGroupId) {
        directory.join(userId, coordinatorsGroupId);
        undo.register("appointing " + userId, () -> directory.leave(userId, coordinatorsGroupId));
    }

    /**
     * Takes a person out of a task force's coordinators' subgroup; they stay a member of the task force, and keep the
     * realm role only if they coordinate another one.
     */
    public void dismiss(String userId, String coordinatorsGroupId) {
        directory.leave(userId, coordinatorsGroupId);
        undo.register("dismissing " + userId, () -> directory.join(userId, coordinatorsGroupId));
    }
}
