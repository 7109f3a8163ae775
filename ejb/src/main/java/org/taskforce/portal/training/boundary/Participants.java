package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.taskforce.boundary.AgencyNotFoundException;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.entity.Attendance;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.Nomination;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.TrainingTrainer;

/**
 * The people the current task force trains, with or without a portal account: its coordinators add and change them,
 * find likely duplicates (same e-mail, or same name and agency with accents, case and spaces ignored) and merge two
 * records of one person into one, nominations, attendance, certificates and teaching included. Every write is
 * audited by the database.
 */
@Stateless
@TaskForceBound
@CoordinatorsOnly
public class Participants {

    @PersistenceContext
    EntityManager em;

    /** The task force's participants, by name. */
    public List<ParticipantRow> list() {
        return em.createQuery("select p from Participant p left join fetch p.agency order by p.normalisedName",
                Participant.class).getResultStream().map(ParticipantRow::of).toList();
    }

    /**
     * The participants who are likely the person of the draft: the same e-mail (case ignored), or the same normalised
     * name and the same agency (the task force's, or an outside one of the same normalised name).
     *
     * @param except a participant to leave out (the one being changed), or {@code null}
     */
    public List<ParticipantRow> duplicates(@NotNull ParticipantDraft draft, Long except) {
        String name = Participant.normalise(draft.name());
        String email = draft.email() == null ? null : draft.email().toLowerCase(Locale.ROOT);
        String outside = draft.outsideAgencyName() == null ? null : Participant.normalise(draft.outsideAgencyName());
        return em.createQuery("""
                select p from Participant p left join fetch p.agency
                where (p.email is not null and lower(p.email) = :email) or p.normalisedName = :name
                order by p.normalisedName""", Participant.class)
                .setParameter("email", email == null ? "" : email).setParameter("name", name)
                .getResultStream()
                .filter(candidate -> !Objects.equals(candidate.getId(), except))
                .filter(candidate -> email != null && email.equalsIgnoreCase(candidate.getEmail())
                        || sameAgency(candidate, draft.agencyId(), outside))
                .map(ParticipantRow::of).toList();
    }

    /** Adds a person; returns their id. Duplicates are the page's to show first ({@link #duplicates}). */
    public long add(@NotNull @Valid ParticipantDraft draft) {
        Participant participant = new Participant(OffsetDateTime.now(ZoneOffset.UTC));
        describe(participant, draft);
        em.persist(participant);
        em.flush();
        return participant.getId();
    }

    /**
     * Changes a person, over the version the form was opened with.
     *
     * @throws ConflictException ({@code participant.error.changedMeanwhile}) if someone saved them since
     */
    public void change(long id, int openedVersion, @NotNull @Valid ParticipantDraft draft) {
        org.taskforce.portal.database.OptimisticLocking.edit(em, find(id), openedVersion,
                "participant.error.changedMeanwhile", participant -> describe(participant, draft));
    }

    /**
     * Merges the record {@code duplicateId} into {@code keptId}: its nominations, attendance, certificates and
     * teaching move to the kept one (where both have one for the same training or session, the kept one's stays),
     * what the kept record lacks (e-mail, position, account) is taken from the duplicate, and the duplicate is
     * deleted.
     *
     * @throws ConflictException ({@code participant.error.mergeCertificates}) if both hold a certificate of the same
     *         training: certificates are never deleted; nothing is written
     */
    public void merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw new ConflictException("merging a participant into themselves", "participant.error.mergeSelf");
        }
        Participant kept = find(keptId);
        Participant duplicate = find(duplicateId);
        for (Certificate certificate : of(Certificate.class, duplicate)) {
            boolean clash = !em.createQuery("""
                    select c from Certificate c where c.participant = :kept and c.training = :training""",
                    Certificate.class).setParameter("kept", kept).setParameter("training", certificate.getTraining())
                    .getResultList().isEmpty();
            if (clash) {
                throw new ConflictException("both hold a certificate of training " + certificate.getTraining().getId(),
                        "participant.error.mergeCertificates");
            }
            certificate.mergedInto(kept);
        }
        for (Nomination nomination : of(Nomination.class, duplicate)) {
            if (count("Nomination", "training", nomination.getTraining(), kept) > 0) {
                em.remove(nomination);
            } else {
                nomination.mergedInto(kept);
            }
        }
        for (Attendance attendance : of(Attendance.class, duplicate)) {
            if (count("Attendance", "session", attendance.getSession(), kept) > 0) {
                em.remove(attendance);
            } else {
                attendance.mergedInto(kept);
            }
        }
        for (TrainingTrainer trainer : of(TrainingTrainer.class, duplicate)) {
            if (count("TrainingTrainer", "training", trainer.getTraining(), kept) > 0) {
                em.remove(trainer);
            } else {
                trainer.mergedInto(kept);
            }
        }
        String position = duplicate.getPosition();
        String email = duplicate.getEmail();
        String account = duplicate.getAccount();
        em.remove(duplicate);
        em.flush(); // the duplicate, and the account it may hold, are gone before the kept record takes them
        kept.describe(kept.getName(), kept.getAgency(), kept.getOutsideAgencyName(), kept.getOutsideAgencyType(),
                kept.getPosition() != null ? kept.getPosition() : position, kept.getSex(),
                kept.getEmail() != null ? kept.getEmail() : email,
                kept.getAccount() != null ? kept.getAccount() : account);
    }

    Participant find(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new ParticipantNotFoundException();
        }
        return participant;
    }

    private <T> List<T> of(Class<T> type, Participant participant) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.participant = :participant", type)
                .setParameter("participant", participant).getResultList();
    }

    private long count(String entity, String field, Object value, Participant participant) {
        return em.createQuery("select count(r) from " + entity + " r where r." + field + " = :value"
                + " and r.participant = :participant", Long.class)
                .setParameter("value", value).setParameter("participant", participant).getSingleResult();
    }

    private void describe(Participant participant, ParticipantDraft draft) {
        Agency agency = null;
        if (draft.agencyId() != null) {
            agency = em.find(Agency.class, draft.agencyId());
            if (agency == null) {
                throw new AgencyNotFoundException();
            }
        }
        participant.describe(draft.name(), agency, draft.outsideAgencyName(), draft.outsideAgencyType(),
                draft.position(), draft.sex(), draft.email(), draft.account());
    }

    private static boolean sameAgency(Participant candidate, Long agencyId, String outsideNormalised) {
        if (agencyId != null) {
            return candidate.getAgency() != null && agencyId.equals(candidate.getAgency().getId());
        }
        return candidate.getOutsideAgencyName() != null
                && Participant.normalise(candidate.getOutsideAgencyName()).equals(outsideNormalised);
    }
}
