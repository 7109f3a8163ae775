package org.taskforce.portal.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Brings a person into a task force's group, whole or not at all: finds or creates their account, joins it to the
 * group and gives it realm roles, registering at each step what undoes it if the portal's transaction does not
 * commit (a new account is deleted; an existing one leaves the group again). Used for coordinators' invitations and
 * for national coordinators' appointments.
 */
@ApplicationScoped
public class Enrolment {

    @Inject
    KeycloakDirectory directory;

    @Inject
    UndoOnRollback undo;

    /**
     * @param agencyCode the agency attribute of a new account, or {@code null} for none
     * @return the account, with its one-time password when it was created
     */
    public KeycloakDirectory.Account enrol(String email, String firstName, String lastName, String agencyCode,
            String groupId, List<String> realmRoles) {
        KeycloakDirectory.Account account = directory.ensureAccount(email, firstName, lastName, agencyCode);
        if (account.created()) {
            undo.register("new account " + account.id(), () -> directory.deleteAccount(account.id()));
        }
        directory.join(account.id(), groupId);
        if (!account.created()) {
            undo.register("joining " + account.id(), () -> directory.leave(account.id(), groupId));
        }
        realmRoles.forEach(role -> directory.grantRealmRole(account.id(), role));
        return account;
    }
}
