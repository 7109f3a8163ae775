package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.entity.Nomination;
import org.taskforce.portal.training.entity.NominationState;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Training;

/**
 * Nominations for the current task force's trainings, by its coordinators. A nomination of a training that a sponsor
 * approving attendees funds waits for that sponsor's liaison ({@code AWAITING_APPROVAL}; the liaison decides through
 * {@link LiaisonDesk}); any other is confirmed by a coordinator. A training never has more nominations taking a place
 * than its capacity: the check holds the training's row, so two coordinators nominating at once cannot both take
 * the last place.
 */
@Stateless
@TaskForceBound
@CoordinatorsOnly
public class Nominations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Trainings trainings;

    @Inject
    CurrentActor actor;

    /**
     * Nominates a participant of the task force for one of its trainings; returns the nomination's id.
     *
     * @throws TrainingFullException if every place is taken (the message names the capacity)
     * @throws AlreadyNominatedException if the person is nominated already (a declined or withdrawn nomination is
     *         made again instead)
     */
    public long nominate(long trainingId, long participantId) {
        Training training = trainings.find(trainingId);
        em.lock(training, LockModeType.PESSIMISTIC_WRITE);
        if (training.isCancelled()) {
            throw new TrainingCancelledException();
        }
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            throw new ParticipantNotFoundException();
        }
        List<Nomination> all = em.createQuery("select n from Nomination n where n.training = :training",
                Nomination.class).setParameter("training", training).getResultList();
        Nomination earlier = all.stream().filter(n -> n.getParticipant().getId().equals(participantId)).findFirst()
                .orElse(null);
        if (earlier != null && earlier.getState().takesAPlace()) {
            throw new AlreadyNominatedException();
        }
        if (all.stream().filter(n -> n.getState().takesAPlace()).count() >= training.getCapacity()) {
            throw new TrainingFullException(training.getCapacity());
        }
        if (earlier != null) {
            em.remove(earlier); // its decisions go with it: the new nomination waits afresh
            em.flush();
        }
        Nomination nomination = new Nomination(training, participant, actor.require().name(),
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(nomination);
        em.flush();
        return nomination.getId();
    }

    /**
     * Confirms a nomination that waits for nobody (no sponsor of the training approves attendees).
     *
     * @throws AlreadyDecidedException if it is not {@code NOMINATED}: one waiting for a sponsor is the sponsor's to
     *         decide
     */
    public void confirm(long nominationId) {
        Nomination nomination = find(nominationId);
        if (nomination.getState() != NominationState.NOMINATED) {
            throw new AlreadyDecidedException();
        }
        nomination.moveTo(NominationState.CONFIRMED);
    }

    /** Withdraws a nomination, whatever its state: the place is free again. */
    public void withdraw(long nominationId) {
        Nomination nomination = find(nominationId);
        if (nomination.getState() == NominationState.WITHDRAWN) {
            throw new AlreadyDecidedException();
        }
        nomination.moveTo(NominationState.WITHDRAWN);
    }

    private Nomination find(long id) {
        Nomination nomination = em.find(Nomination.class, id);
        if (nomination == null) {
            throw new NominationNotFoundException();
        }
        return nomination;
    }
}
