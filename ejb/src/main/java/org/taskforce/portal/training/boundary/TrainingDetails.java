package org.taskforce.portal.training.boundary;

import java.util.List;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingSession;

/**
 * One training as its page shows it: the training with its topics, sponsors and sessions (loaded), its trainers and
 * its nominations.
 */
public record TrainingDetails(Training training, List<TrainingSession> sessions, List<Participant> trainers,
        List<NominationRow> nominations) {

    /** Nominations that take a place. */
    public long taken() {
        return nominations.stream().filter(nomination -> nomination.state().takesAPlace()).count();
    }
}
