package org.taskforce.portal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A national coordinator's call in a host task force ({@link CurrentTaskForce#asCoordinatorOf}) leaves the request as
 * it found it, whether the work ends or fails: nothing of the host outlives the call.
 */
class CurrentTaskForceTest {

    @Test
    void workInAHostRunsAsItsCoordinatorAndLeavesNoTaskForceBehind() {
        CurrentTaskForce current = new CurrentTaskForce();

        long inside = current.asCoordinatorOf(7, () -> {
            assertTrue(current.coordinating());
            return current.requireCoordinator();
        });

        assertEquals(7, inside);
        assertEquals(OptionalLong.empty(), current.id());
        assertFalse(current.coordinating());
    }

    @Test
    void aMemberReturnsToTheirOwnTaskForceAsAMemberEvenWhenTheWorkFails() {
        CurrentTaskForce current = new CurrentTaskForce();
        current.enter(3);

        assertThrows(IllegalStateException.class, () -> current.asCoordinatorOf(7, () -> {
            throw new IllegalStateException("refused inside");
        }));

        assertEquals(3, current.require());
        assertFalse(current.coordinating());
        assertThrows(NotCoordinatorException.class, current::requireCoordinator);
    }
}
