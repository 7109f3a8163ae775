package org.taskforce.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the token's group paths name a person's task forces and the ones they coordinate. */
class TaskForceGroupsTest {

    private static final List<String> MARTA = List.of("/task-forces/alto-parana", "/task-forces/central",
            "/task-forces/central/coordinators", "/staff", "/task-forces/coordinators",
            "/task-forces/itapua/coordinators/extra", "/task-forces/", "/other/central/coordinators");

    @Test
    void theTaskForcesAreTheDirectSubgroupsOfTaskForces() {
        assertEquals(Set.of("alto-parana", "central", "coordinators"), TaskForceGroups.taskForces(MARTA));
    }

    @Test
    void coordinatingIsTheCoordinatorsSubgroupOfOneTaskForceOnly() {
        assertEquals(Set.of("central"), TaskForceGroups.coordinated(MARTA));
    }

    @Test
    void noGroupsMeansNoTaskForce() {
        assertEquals(Set.of(), TaskForceGroups.taskForces(List.of()));
        assertEquals(Set.of(), TaskForceGroups.coordinated(List.of()));
    }
}
