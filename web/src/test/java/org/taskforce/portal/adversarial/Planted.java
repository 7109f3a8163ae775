package org.taskforce.portal.adversarial;

/**
 * A record planted in the victim task force for an attack.
 *
 * @param table the task-force-owned table it is a row of
 * @param id the row's id: what an attacker puts into URLs, form fields and replayed requests
 * @param marker a text unique to this record (its title, name…): a response that contains it has leaked it
 * @param secret anything else an attack needs to aim at the record (a feed token, say); {@code null} if none
 */
public record Planted(String table, long id, String marker, String secret) {

    public Planted(String table, long id, String marker) {
        this(table, id, marker, null);
    }
}
