package org.taskforce.portal.adversarial;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A task-force-owned table as the adversarial suite knows it: how to plant one of its rows in the victim task force,
 * and the ways in that are specific to it. Every page's id parameters are tried on every record anyway
 * ({@link CrossTaskForceAttackIT}); list here what only this record has (its own page, ajax events, feeds, exports).
 *
 * @param table the table's name, as in the migration
 * @param planter writes one row (and what it needs) into the victim task force
 * @param attacks the ways in specific to this record
 */
public record OwnedRecord(String table, Planter planter, List<Attack> attacks) {

    /**
     * Plants a row inside the victim task force. The connection is the database owner's, already bound to the victim
     * task force ({@code app.tenant_id}) and to an actor, in a transaction that commits when the planter returns.
     */
    @FunctionalInterface
    public interface Planter {
        Planted plant(Connection victimTaskForce, long victimTaskForceId, String marker) throws SQLException;
    }
}
