package org.taskforce.portal.provisioning.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * What a national coordinator fills in to create a task force.
 *
 * @param slug the short name in addresses and in the Keycloak group {@code /task-forces/<slug>}: lowercase letters,
 *        digits and single hyphens, e.g. {@code alto-parana}; it cannot change later
 */
public record NewTaskForce(
        @NotBlank @Size(max = TaskForce.SLUG_LENGTH) @Pattern(regexp = TaskForce.SLUG_PATTERN) String slug,
        @NotBlank @Size(max = TaskForce.NAME_LENGTH) String name,
        @NotBlank @Size(max = TaskForce.PLACE_LENGTH) String department,
        @NotBlank @Size(max = TaskForce.PLACE_LENGTH) String city) {

    /** Leading and trailing spaces are dropped; nothing else is changed. */
    public NewTaskForce {
        slug = strip(slug);
        name = strip(name);
        department = strip(department);
        city = strip(city);
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
