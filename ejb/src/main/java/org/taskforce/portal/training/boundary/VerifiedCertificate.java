package org.taskforce.portal.training.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the public verification page may say of a certificate, and nothing more: the training's title and kind (a
 * {@code TrainingKind} name), its first and last day, the hours the holder attended, the holder's initials, and
 * whether the certificate was revoked.
 */
public record VerifiedCertificate(String trainingTitle, String trainingKind, LocalDate firstDay, LocalDate lastDay,
        BigDecimal hours, String holderInitials, boolean revoked) {
}
