package org.taskforce.portal.training.boundary;

import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sex;

/**
 * A participant as lists show them, with their agency's name and type whichever kind of agency it is.
 *
 * @param agencyId the task force's agency, {@code null} for an outside one
 */
public record ParticipantRow(long id, String name, Long agencyId, String agency, AgencyType agencyType, String position, Sex sex,
        String email, String account, int version) {

    static ParticipantRow of(Participant participant) {
        return new ParticipantRow(participant.getId(), participant.getName(),
                participant.getAgency() == null ? null : participant.getAgency().getId(), participant.agencyName(),
                participant.agencyType(), participant.getPosition(), participant.getSex(), participant.getEmail(),
                participant.getAccount(), participant.getVersion());
    }
}
