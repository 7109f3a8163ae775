package org.taskforce.portal.training.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate says: the holder's full name (the PDF goes only to them and their coordinators; the public
 * verification page shows initials only), the training, its first and last day, the hours the holder attended, its
 * sponsors' names, the host task force, the verification code and the address of the public page that verifies it.
 */
public record CertificateContent(String holder, String training, String kind, LocalDate firstDay, LocalDate lastDay,
        double hours, List<String> sponsors, String taskForce, String code, String verifyUrl) {

    public CertificateContent {
        sponsors = List.copyOf(sponsors);
    }
}
