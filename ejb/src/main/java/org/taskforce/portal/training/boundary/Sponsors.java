package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.TrainingTopic;

/**
 * The national reference lists of training: sponsors and topics. Anyone signed in reads them (a coordinator picks
 * from them when planning); national coordinators add and change them. Neither list belongs to a task force, and
 * nothing is ever deleted from them (trainings name their entries). Changes are saved only over the version the form
 * was opened with ({@link OptimisticLocking}).
 */
@Stateless
public class Sponsors {

    @PersistenceContext
    EntityManager em;

    /** Every sponsor, by name. */
    @PermitAll
    public List<Sponsor> list() {
        return em.createQuery("select s from Sponsor s order by s.name", Sponsor.class).getResultList();
    }

    /** Every topic, by code (screens sort them by their name in the person's language). */
    @PermitAll
    public List<TrainingTopic> topics() {
        return em.createQuery("select t from TrainingTopic t order by t.code", TrainingTopic.class).getResultList();
    }

    /** @throws SponsorCodeTakenException if a sponsor has this code already */
    @RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
    public Sponsor add(@NotNull @Valid SponsorDraft draft) {
        if (!em.createQuery("select s from Sponsor s where s.code = :code", Sponsor.class)
                .setParameter("code", draft.code()).getResultList().isEmpty()) {
            throw new SponsorCodeTakenException();
        }
        Sponsor sponsor = new Sponsor(draft.code(), draft.name(), draft.approvesAttendees());
        em.persist(sponsor);
        return sponsor;
    }

    /**
     * Renames a sponsor or changes whether it approves attendees (from then on: nominations made before keep their
     * state); its code stays.
     *
     * @throws org.taskforce.portal.problem.ConflictException ({@code training.error.sponsorChangedMeanwhile}) if
     *         someone saved it since the form was opened; nothing is written
     */
    @RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
    public Sponsor change(long id, int openedVersion, @NotNull @Valid SponsorDraft draft) {
        Sponsor sponsor = em.find(Sponsor.class, id);
        if (sponsor == null) {
            throw new SponsorNotFoundException();
        }
        OptimisticLocking.edit(em, sponsor, openedVersion, "training.error.sponsorChangedMeanwhile",
                changed -> changed.change(draft.name(), draft.approvesAttendees()));
        return sponsor;
    }

    /** @throws TopicCodeTakenException if a topic has this code already */
    @RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
    public TrainingTopic addTopic(@NotNull @Valid TopicDraft draft) {
        if (!em.createQuery("select t from TrainingTopic t where t.code = :code", TrainingTopic.class)
                .setParameter("code", draft.code()).getResultList().isEmpty()) {
            throw new TopicCodeTakenException();
        }
        TrainingTopic topic = new TrainingTopic(draft.code(), draft.nameEs(), draft.nameEn());
        em.persist(topic);
        return topic;
    }

    /**
     * Renames a topic in both languages; its code stays.
     *
     * @throws org.taskforce.portal.problem.ConflictException ({@code training.error.topicChangedMeanwhile}) if
     *         someone saved it since the form was opened; nothing is written
     */
    @RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
    public TrainingTopic changeTopic(long id, int openedVersion, @NotNull @Valid TopicDraft draft) {
        TrainingTopic topic = em.find(TrainingTopic.class, id);
        if (topic == null) {
            throw new TopicNotFoundException();
        }
        OptimisticLocking.edit(em, topic, openedVersion, "training.error.topicChangedMeanwhile",
                changed -> changed.rename(draft.nameEs(), draft.nameEn()));
        return topic;
    }
}
