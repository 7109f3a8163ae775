package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.Size;
import org.taskforce.portal.problem.PlainText;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.Participant;

/**
 * A replication's trainer named by their Train the Trainer certificate: a new one by its verification {@code code}
 * and, for a certificate of another task force, the {@code name} printed on it (the initials must match the
 * certificate's); or one already recorded on the training, kept by its {@code certificateId} (the code of another
 * task force's certificate is never read back).
 */
public record CertifiedTrainerDraft(
        @Size(max = Certificate.CODE_LENGTH) String code,
        Long certificateId,
        @Size(max = Participant.NAME_LENGTH) @PlainText String name) {

    public CertifiedTrainerDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** A trainer to add by the code of their certificate. */
    public static CertifiedTrainerDraft byCode(String code, String name) {
        return new CertifiedTrainerDraft(code, null, name);
    }

    /** A trainer the training already has, kept. */
    public static CertifiedTrainerDraft kept(long certificateId) {
        return new CertifiedTrainerDraft(null, certificateId, null);
    }
}
