package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sex;

/**
 * A person as a coordinator enters them: their agency is one of the task force's ({@code agencyId}) or an outside one
 * named with its type; the e-mail and the portal account (Keycloak username) are optional.
 */
public record ParticipantDraft(
        @NotBlank @Size(max = Participant.NAME_LENGTH) @PlainText String name,
        Long agencyId,
        @Size(max = Participant.OUTSIDE_AGENCY_LENGTH) @PlainText String outsideAgencyName,
        AgencyType outsideAgencyType,
        @Size(max = Participant.POSITION_LENGTH) @PlainText String position,
        @NotNull Sex sex,
        @Email @Size(max = Participant.EMAIL_LENGTH) String email,
        @Size(max = Participant.ACCOUNT_LENGTH) @PlainText String account) {

    public ParticipantDraft {
        name = blankless(name);
        outsideAgencyName = agencyId != null ? null : blankless(outsideAgencyName);
        outsideAgencyType = agencyId != null ? null : outsideAgencyType;
        position = blankless(position);
        email = blankless(email);
        account = blankless(account);
    }

    /** One agency: the task force's, or an outside one with its name and type. */
    @AssertTrue(message = "{participant.error.agency}")
    public boolean isOutsideAgencyName() {
        return agencyId != null || (outsideAgencyName != null && outsideAgencyType != null);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
