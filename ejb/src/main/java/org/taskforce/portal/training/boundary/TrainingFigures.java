package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.RecordQuery;

/**
 * The national overview's training figures: aggregates only, across task forces, through the reporting function
 * {@code training_summaries()} (small counts of people suppressed there). National coordinators only.
 */
@Stateless
@RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
public class TrainingFigures {

    @PersistenceContext
    EntityManager em;

    /** Trainings planned and held, people nominated and confirmed, by task force and sponsor. */
    public List<TrainingSummary> summaries() {
        return RecordQuery.of(em, TrainingSummary.class, "training_summaries()").list();
    }
}
