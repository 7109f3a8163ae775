package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.problem.PlainText;

/** Why a coordinator revokes a certificate: required, kept with it, never shown on the public page. */
public record Revocation(@NotBlank @Size(max = Certificate.REVOKED_REASON_LENGTH) @PlainText String reason) {
}
