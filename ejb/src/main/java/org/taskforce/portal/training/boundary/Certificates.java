package org.taskforce.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.training.control.CertificateCodes;
import org.taskforce.portal.training.control.CertificateContent;
import org.taskforce.portal.training.control.CertificatePdf;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.Training;

/**
 * Certificates of the current task force's trainings: issued by a coordinator to every confirmed participant who
 * completed (hours computed as the attendance page shows them), revoked with a reason, and downloaded as PDF by the
 * coordinators or by the holder (the participant whose portal account is the caller's).
 *
 * <p><b>Issued by a coordinator, not automatically.</b> Attendance is often entered in several sittings and
 * corrected (a sheet imported twice, a late arrival fixed): issuing at the first moment a person reaches the rule
 * would hand out certificates that must then be revoked, and a revoked certificate stays on record. The coordinator
 * issues once the attendance is final; issuing again only adds those who completed since.
 */
@Stateless
@TaskForceBound
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Attendances attendances;

    @Inject
    CurrentActor actor;

    @Inject
    CurrentTaskForce currentTaskForce;

    /** Issues a certificate to every confirmed participant who completed and has none yet; returns how many. */
    @CoordinatorsOnly
    public int issue(long trainingId) {
        AttendanceSheet sheet = attendances.sheet(trainingId);
        Training training = em.find(Training.class, trainingId);
        Set<Long> holders = new HashSet<>(em.createQuery(
                "select c.participant.id from Certificate c where c.training = :training", Long.class)
                .setParameter("training", training).getResultList());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int issued = 0;
        for (AttendanceRow row : sheet.rows()) {
            if (row.completed() && holders.add(row.participantId())) {
                em.persist(new Certificate(training, em.find(Participant.class, row.participantId()),
                        CertificateCodes.next(), now));
                issued++;
            }
        }
        return issued;
    }

    /**
     * The signed-in person's own trainings in this task force (as the participant whose portal account is theirs),
     * with hours, completion and certificate, the latest first.
     */
    public List<MyTraining> mine() {
        String account = actor.require().name();
        List<Participant> selves = em.createQuery("select p from Participant p where p.account = :account",
                Participant.class).setParameter("account", account).getResultList();
        if (selves.isEmpty()) {
            return List.of();
        }
        Participant self = selves.get(0);
        List<Training> trainings = em.createQuery("""
                select n.training from Nomination n where n.participant = :self
                and n.state = org.taskforce.portal.training.entity.NominationState.CONFIRMED""", Training.class)
                .setParameter("self", self).getResultList();
        java.util.Map<Long, Certificate> certificates = new java.util.HashMap<>();
        em.createQuery("select c from Certificate c where c.participant = :self", Certificate.class)
                .setParameter("self", self).getResultList()
                .forEach(certificate -> certificates.put(certificate.getTraining().getId(), certificate));
        return trainings.stream().map(training -> {
            AttendanceRow row = attendances.sheet(training.getId()).rows().stream()
                    .filter(candidate -> candidate.participantId() == self.getId()).findFirst().orElseThrow();
            Certificate certificate = certificates.get(training.getId());
            return new MyTraining(training.getId(), training.getTitle(), training.getKind().name(),
                    training.firstStart().orElse(null), Math.round(row.minutesAttended() / 6.0) / 10.0,
                    row.completed(), certificate == null ? null : certificate.getId(),
                    certificate != null && certificate.isRevoked());
        }).sorted(java.util.Comparator.comparing(MyTraining::firstStart,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))).toList();
    }

    /** Revokes a certificate: the public page says "revoked" from now on. */
    @CoordinatorsOnly
    public void revoke(long certificateId, @NotNull @Valid Revocation revocation) {
        Certificate certificate = find(certificateId);
        if (!certificate.isRevoked()) {
            certificate.revoke(revocation.reason().strip(), OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /**
     * The certificate as PDF, for a coordinator of the task force or for its holder; anyone else gets the same
     * answer as for a certificate that does not exist.
     *
     * @param verifyBase the public address of the verification page, without the code ({@code https://…/verify/})
     */
    public byte[] pdf(long certificateId, String verifyBase, ResourceBundle bundle, Locale locale) {
        Certificate certificate = find(certificateId);
        Participant holder = certificate.getParticipant();
        boolean own = holder.getAccount() != null && holder.getAccount().equals(actor.require().name());
        if (!own && !currentTaskForce.coordinating()) {
            throw notFound();
        }
        Training training = certificate.getTraining();
        long minutes = attendances.sheet(training.getId()).rows().stream()
                .filter(row -> row.participantId() == holder.getId()).mapToLong(AttendanceRow::minutesAttended)
                .findFirst().orElse(0);
        List<String> sponsors = training.getSponsors().stream().map(Sponsor::getName).sorted().toList();
        String taskForce = em.find(TaskForce.class, currentTaskForce.require()).getName();
        CertificateContent content = new CertificateContent(holder.getName(), training.getTitle(),
                bundle.getString("verify.kind." + training.getKind().name()),
                training.firstStart().orElseThrow().atZoneSameInstant(Attendances.ZONE).toLocalDate(),
                training.lastEnd().orElseThrow().atZoneSameInstant(Attendances.ZONE).toLocalDate(),
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).doubleValue(),
                sponsors, taskForce, certificate.getCode(), verifyBase + certificate.getCode());
        return CertificatePdf.render(content, bundle, locale);
    }

    private Certificate find(long id) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null) {
            throw notFound();
        }
        return certificate;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such certificate in this task force.", "training.certificate.notFound");
    }
}
