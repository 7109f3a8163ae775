package org.taskforce.portal.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The cascade of a Train the Trainer course: the trainers it certified (by their initials), the replications each gave
 * in any task force, the people those reached, and the course's reach totalled per task force and per sponsor.
 * Counts of another task force's replication under 5 people are not known here ({@code null}); totals that include
 * one say so ({@link Count#hidden()}), so no total reveals what a row hides.
 */
public record Cascade(long courseId, String courseTitle, List<Trainer> trainers, List<Reach> byTaskForce,
        List<Reach> bySponsor, Reach total) implements Serializable {

    /** A person the course certified as a trainer, with the replications they gave (none yet: an empty list). */
    public record Trainer(long certificateId, String initials, boolean revoked, List<Replication> replications)
            implements Serializable {
    }

    /**
     * A replication a trainer gave: where, what, when, funded by whom, and the people it reached (confirmed), who
     * attended and who completed; a count is {@code null} when it is of another task force and between 1 and 4.
     */
    public record Replication(long trainingId, String taskForce, boolean own, String title, LocalDate firstDay,
            String sponsors, Long confirmed, Long attended, Long completed) implements Serializable {
    }

    /** The replications and people of one task force, one sponsor, or all of the cascade. */
    public record Reach(String name, int replications, Count confirmed, Count attended, Count completed)
            implements Serializable {
    }

    /**
     * A total of counts some of which may be hidden: {@code known} is the sum of those shown, {@code hidden} how many
     * were hidden (each stands for 1 to 4 people). Exact when none is hidden.
     */
    public record Count(long known, int hidden) implements Serializable {

        public static final Count ZERO = new Count(0, 0);

        /** The count of one replication: {@code null} is a hidden one. */
        public static Count of(Long count) {
            return count == null ? new Count(0, 1) : new Count(count, 0);
        }

        public Count plus(Count other) {
            return new Count(known + other.known, hidden + other.hidden);
        }

        public boolean exact() {
            return hidden == 0;
        }

        /** A single hidden count and nothing else: "fewer than 5". */
        public boolean fewerThanFive() {
            return known == 0 && hidden == 1;
        }

        /** The least it can be (each hidden count is at least 1): "at least" this when not exact. */
        public long atLeast() {
            return known + hidden;
        }
    }

    /** Every replication of the cascade once (a replication two of the course's trainers gave is one). */
    public List<Replication> replications() {
        return trainers.stream().flatMap(trainer -> trainer.replications().stream())
                .collect(java.util.stream.Collectors.toMap(Replication::trainingId, replication -> replication,
                        (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

}
