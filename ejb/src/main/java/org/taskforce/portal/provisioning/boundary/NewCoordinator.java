package org.taskforce.portal.provisioning.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/**
 * A person a national coordinator appoints to coordinate a task force. If Keycloak already has an account with the
 * e-mail address, that account is appointed; otherwise a new one is made, and the person gets in by the delivery
 * chosen. A new task force has no agencies yet, so none is asked for: the coordinator records their own agency once
 * they have added it.
 */
public record NewCoordinator(
        @NotBlank @Email @Size(max = MemberProfile.EMAIL_LENGTH) String email,
        @NotBlank @Size(max = MemberProfile.NAME_PART_LENGTH) @PersonName String firstName,
        @NotBlank @Size(max = MemberProfile.NAME_PART_LENGTH) @PersonName String lastName,
        @NotNull Delivery delivery) {

    /** A person whose new account, if one is made, gets a one-time password. */
    public NewCoordinator(String email, String firstName, String lastName) {
        this(email, firstName, lastName, Delivery.ONE_TIME_PASSWORD);
    }

    /** Leading and trailing spaces are dropped, and the e-mail address is kept in lower case. */
    public NewCoordinator {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        firstName = NewTaskForce.strip(firstName);
        lastName = NewTaskForce.strip(lastName);
    }
}
