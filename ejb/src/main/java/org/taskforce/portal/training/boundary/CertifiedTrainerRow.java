package org.taskforce.portal.training.boundary;

/**
 * A trainer of a training who is recorded with the Train the Trainer certificate that made them one: the host task
 * force's participant, and the course and task force the certificate is of (read through
 * {@code training_trainer_certificates}: the certificate may be another task force's).
 */
public record CertifiedTrainerRow(long participantId, String name, long certificateId, String courseTitle,
        String taskForceName) {
}
