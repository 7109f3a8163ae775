package org.taskforce.portal.training;

import java.io.Serializable;
import org.taskforce.portal.training.boundary.CertifiedTrainerDraft;
import org.taskforce.portal.training.boundary.CertifiedTrainerRow;
import org.taskforce.portal.training.boundary.TrainerCertificate;

/**
 * A trainer of the training dialog named by their Train the Trainer certificate: one the training has (kept by the
 * certificate's id) or one just added by the code the coordinator typed and the service checked. Shown with the course
 * and task force that certified them.
 */
public final class CertifiedTrainerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long certificateId;
    private final String code;
    private final String name;
    private final String courseTitle;
    private final String taskForceName;

    private CertifiedTrainerForm(long certificateId, String code, String name, String courseTitle,
            String taskForceName) {
        this.certificateId = certificateId;
        this.code = code;
        this.name = name;
        this.courseTitle = courseTitle;
        this.taskForceName = taskForceName;
    }

    static CertifiedTrainerForm of(CertifiedTrainerRow row) {
        return new CertifiedTrainerForm(row.certificateId(), null, row.name(), row.courseTitle(),
                row.taskForceName());
    }

    /** A trainer just added by a code; {@code typedName} is used for a certificate of another task force. */
    static CertifiedTrainerForm added(TrainerCertificate certificate, String code, String typedName) {
        return new CertifiedTrainerForm(certificate.certificateId(), code,
                certificate.ofAnotherTaskForce() ? typedName.strip() : certificate.holderName(),
                certificate.courseTitle(), certificate.taskForceName());
    }

    CertifiedTrainerDraft toDraft() {
        return code == null ? CertifiedTrainerDraft.kept(certificateId) : CertifiedTrainerDraft.byCode(code, name);
    }

    public long getCertificateId() {
        return certificateId;
    }

    public String getName() {
        return name;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getTaskForceName() {
        return taskForceName;
    }
}
