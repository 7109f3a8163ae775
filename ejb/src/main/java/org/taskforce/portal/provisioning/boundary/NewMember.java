package org.taskforce.portal.provisioning.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/**
 * A person a coordinator adds to their task force. If Keycloak already has an account with the e-mail address, that
 * account joins the task force as it is; otherwise a new one is made, and the person gets in by the delivery chosen.
 *
 * @param agencyCode the code of one of the task force's agencies
 * @param delivery how the person of a new account gets in for the first time
 */
public record NewMember(
        @NotBlank @Email @Size(max = MemberProfile.EMAIL_LENGTH) String email,
        @NotBlank @Size(max = MemberProfile.NAME_PART_LENGTH) @PersonName String firstName,
        @NotBlank @Size(max = MemberProfile.NAME_PART_LENGTH) @PersonName String lastName,
        @NotBlank @Size(max = Agency.CODE_LENGTH) String agencyCode,
        @NotNull Delivery delivery) {

    /** A person whose new account, if one is made, gets a one-time password. */
    public NewMember(String email, String firstName, String lastName, String agencyCode) {
        this(email, firstName, lastName, agencyCode, Delivery.ONE_TIME_PASSWORD);
    }

    /** Leading and trailing spaces are dropped, and the e-mail address is kept in lower case. */
    public NewMember {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        firstName = NewTaskForce.strip(firstName);
        lastName = NewTaskForce.strip(lastName);
    }
}
