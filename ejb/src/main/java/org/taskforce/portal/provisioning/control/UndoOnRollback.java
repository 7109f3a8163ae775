package org.taskforce.portal.provisioning.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undoes what was done in Keycloak when the portal's transaction does not commit, so that a creation is whole in
 * both systems or in neither. Keycloak has no transactions: its changes are made first, inside the portal's
 * transaction, and taken back here if that transaction rolls back. If Keycloak cannot be reached to take them back,
 * what stays there is found and reused by the retry (the directory's creations are idempotent) and is logged.
 */
@ApplicationScoped
public class UndoOnRollback {

    private static final Logger LOG = Logger.getLogger(UndoOnRollback.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code undo} after the current transaction, unless it committed. */
    public void register(String what, Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    undo.run();
                    LOG.info(() -> "Rolled back in Keycloak: " + what);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not roll back in Keycloak (a retry reuses it): " + what, e);
                }
            }
        });
    }
}
