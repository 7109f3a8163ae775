package org.taskforce.portal.taskforce.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * An agency as a coordinator fills it in.
 *
 * @param code the short code people's Keycloak accounts hold in their {@code agency} attribute, e.g.
 *        {@code policia-nacional}; it cannot change once the agency exists
 */
public record AgencyDraft(
        @NotBlank @Size(max = Agency.CODE_LENGTH) @Pattern(regexp = TaskForce.SLUG_PATTERN) String code,
        @NotNull AgencyType type,
        @NotBlank @Size(max = Agency.NAME_LENGTH) String name) {

    /** Leading and trailing spaces are dropped. */
    public AgencyDraft {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
    }
}
