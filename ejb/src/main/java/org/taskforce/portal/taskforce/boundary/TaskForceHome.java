package org.taskforce.portal.taskforce.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.taskforce.portal.taskforce.entity.AgencyType;

/**
 * What a member sees when they enter their task force: the task force and its people grouped by agency.
 *
 * @param agencies the agencies with people in them, then a group for people whose agency the task force does not
 *     list (its {@code type} is {@code null})
 */
public record TaskForceHome(String slug, String name, String department, String city, List<AgencyGroup> agencies) {

    /** The people of one agency in the task force. */
    public record AgencyGroup(String code, String name, AgencyType type, List<Person> people) {
    }

    /** A member as their colleagues see them. */
    public record Person(String displayName, String email, OffsetDateTime lastSignInAt) {
    }

    /** A member as listed on the home page's one table: the person and the group of their agency. */
    public record Listed(AgencyGroup agency, Person person) {
    }

    public int memberCount() {
        return agencies.stream().mapToInt(group -> group.people().size()).sum();
    }

    /** Everyone in one list, agency after agency in the order of {@link #agencies()}. */
    public List<Listed> everyone() {
        return agencies.stream()
                .flatMap(group -> group.people().stream().map(person -> new Listed(group, person)))
                .toList();
    }
}
