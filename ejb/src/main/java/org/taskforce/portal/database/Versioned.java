package org.taskforce.portal.database;

/**
 * A record two people can edit at the same time (an agency, a task force): JPA raises its {@code @Version} with every
 * write, a form keeps the version it was opened with, and the service saves only over that version ({@link
 * OptimisticLocking}), so that the second of two saves is refused instead of silently overwriting the first.
 */
public interface Versioned {

    /** The version as this transaction read it. */
    int getVersion();
}
