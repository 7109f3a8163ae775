package org.taskforce.portal.training.boundary;

/**
 * A certificate found by its verification code to name a replication's trainer: the Train the Trainer course it is of
 * and that course's task force (possibly another one), the holder's initials (all that is said of a person of another
 * task force), and the holder's name only when the certificate is of the current task force.
 *
 * @param holderName the holder's full name for a certificate of the current task force, else {@code null}
 */
public record TrainerCertificate(long certificateId, String courseTitle, String taskForceName, String holderInitials,
        String holderName) {

    /** Whether the certificate is of another task force, so the trainer's name must be typed. */
    public boolean ofAnotherTaskForce() {
        return holderName == null;
    }
}
