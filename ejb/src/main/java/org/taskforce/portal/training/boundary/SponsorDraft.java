package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.training.entity.Sponsor;

/**
 * A sponsor as a national coordinator fills it in.
 *
 * @param code what liaisons' tokens carry in their {@code sponsor} attribute, e.g. {@code US-STATE}; it cannot change
 *        once the sponsor exists
 * @param approvesAttendees whether each nominee of the trainings it funds waits for one of its liaisons
 */
public record SponsorDraft(
        @NotBlank @Size(max = Sponsor.CODE_LENGTH)
        @Pattern(regexp = Sponsor.CODE_PATTERN, message = "{sponsor.validation.code}") String code,
        @NotBlank @Size(max = Sponsor.NAME_LENGTH) @PlainText String name,
        boolean approvesAttendees) {

    /** Leading and trailing spaces are dropped. */
    public SponsorDraft {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
    }
}
