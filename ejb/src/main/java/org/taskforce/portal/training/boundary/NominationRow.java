package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.taskforce.portal.training.entity.NominationState;

/**
 * One nomination on a training's page: who, from which agency, where it stands, and the sponsors' decisions so far
 * ("U.S. Department of State: declined, no budget left").
 */
public record NominationRow(long id, long participantId, String name, String agency, String position,
        NominationState state, String nominatedBy, OffsetDateTime nominatedAt, List<String> decisions) {

    /** The decisions in one line, for the table and its export. */
    public String decisionsText() {
        return String.join("; ", decisions);
    }
}
