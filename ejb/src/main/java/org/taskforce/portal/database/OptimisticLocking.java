package org.taskforce.portal.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import org.taskforce.portal.problem.ConflictException;

/**
 * The one way a service edits a {@link Versioned} record: the edit is refused with a {@link ConflictException} (its
 * bundle key says what to tell the person) if anybody saved the record since the form was opened, and nothing is
 * written. Two saves can meet in two ways, and both end the same:
 * <ul>
 * <li>the other save committed before this one began: the record's version is newer than the form's;</li>
 * <li>both began at once and passed that check: the database's {@code update … where version = ?} of the later one
 * finds no row once the earlier one commits. The edit is written out here, inside the service, so that this becomes
 * the same refusal and not a failed commit.</li>
 * </ul>
 */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /**
     * Applies a change to a record if it is still at the version the person's form was opened with, and writes it.
     *
     * @param openedVersion the version the form showed; a service without a form passes the version it just read
     * @param messageKey what to tell the person who is refused ("someone else changed this meanwhile")
     * @throws ConflictException if the record changed since; nothing is written
     */
    public static <T extends Versioned> void edit(EntityManager em, T record, int openedVersion, String messageKey,
            Consumer<? super T> change) {
        if (record.getVersion() != openedVersion) {
            throw new ConflictException(record.getClass().getSimpleName() + " is at version " + record.getVersion()
                    + ", the form was opened at version " + openedVersion, messageKey);
        }
        change.accept(record);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(record.getClass().getSimpleName() + " was saved by someone else at the same"
                    + " time as version " + openedVersion, messageKey);
        }
    }
}
