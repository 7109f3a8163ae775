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
import org.taskforce.portal.database.RecordQuery;
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

    /** The certificates of a training of this task force, by holder's name (revoked ones too, saying so). */
    @CoordinatorsOnly
    public List<CertificateRow> list(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        if (training == null) {
            throw new TrainingNotFoundException();
        }
        return em.createQuery("""
                select c from Certificate c join fetch c.participant where c.training = :training
                order by c.participant.name, c.id""", Certificate.class).setParameter("training", training)
                .getResultList().stream()
                .map(c -> new CertificateRow(c.getId(), c.getParticipant().getId(), c.getParticipant().getName(),
                        c.getCode(), c.getIssuedAt(), c.getRevokedAt(), c.getRevokedReason()))
                .toList();
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

    /**
     * The signed-in person's certificates of the other task forces' trainings (a national course is hosted by one
     * task force and attended from all), read through {@code own_certificates} with the caller's own user name.
     */
    public List<OwnCertificate> mineElsewhere() {
        long here = currentTaskForce.require();
        return RecordQuery.of(em, OwnCertificateRow.class, "own_certificates(?1)")
                .parameter(1, actor.require().name()).list().stream()
                .filter(row -> row.taskForceId() != here)
                .map(row -> new OwnCertificate(row.certificateId(), row.taskForceId(), row.taskForceName(),
                        row.trainingTitle(), row.trainingKind(),
                        row.firstDay() == null ? null : row.firstDay().toLocalDate(), row.hours(), row.revoked()))
                .toList();
    }

    /**
     * The PDF of one of the signed-in person's own certificates of another task force ({@code own_certificate}):
     * anyone else's, or a revoked one, gets the same answer as one that does not exist.
     */
    public byte[] ownPdf(long certificateId, String verifyBase, ResourceBundle bundle, Locale locale) {
        OwnCertificatePrint print = RecordQuery.of(em, OwnCertificatePrint.class, "own_certificate(?1, ?2)")
                .parameter(1, actor.require().name()).parameter(2, certificateId).first()
                .orElseThrow(Certificates::notFound);
        CertificateContent content = new CertificateContent(print.holderName(), print.trainingTitle(),
                bundle.getString("verify.kind." + print.trainingKind()), print.firstDay().toLocalDate(),
                print.lastDay().toLocalDate(), hours(print.minutesAttended()),
                print.sponsors() == null ? List.of() : List.of(print.sponsors().split("\n")),
                print.taskForceName(), print.code(), verifyBase + print.code());
        return CertificatePdf.render(content, bundle, locale);
    }

    /** A row of {@code own_certificates}. */
    private record OwnCertificateRow(long certificateId, long taskForceId, String taskForceName,
            String trainingTitle, String trainingKind, java.sql.Date firstDay, BigDecimal hours, boolean revoked) {
    }

    /** A row of {@code own_certificate}. */
    private record OwnCertificatePrint(String holderName, String trainingTitle, String trainingKind,
            java.sql.Date firstDay, java.sql.Date lastDay, long minutesAttended, String sponsors,
            String taskForceName, String code) {
    }

    private static double hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).doubleValue();
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
                hours(minutes),
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
