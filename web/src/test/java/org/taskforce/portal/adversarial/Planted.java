package org.taskforce.portal.adversarial;

/**
 * A record planted in the victim task force for an attack.
 *
 * @param table the task-force-owned table it is a row of
 * @param id the row's id: what an attacker puts into URLs, form fields and replayed requests
 * @param marker a text unique to this record (its title, name…): a response that contains it has leaked it
 * @param secret anything else an attack needs to aim at the record (a feed token, say); {@code null} if none
 * @param trainingId the training the record belongs to, for the attacks through that training's pages (a
 *     certificate's download and revocation on its training's attendance page); {@code null} if none
 */
public record Planted(String table, long id, String marker, String secret, Long trainingId) {

    public Planted(String table, long id, String marker) {
        this(table, id, marker, null, null);
    }

    public Planted(String table, long id, String marker, String secret) {
        this(table, id, marker, secret, null);
    }
}
