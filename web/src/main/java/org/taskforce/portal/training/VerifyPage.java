package org.taskforce.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.taskforce.portal.training.boundary.CertificateVerifications;
import org.taskforce.portal.training.boundary.VerifiedCertificate;

/**
 * The public page that verifies a certificate ({@code /verify/<code>}, reached through {@link VerifyServlet}; or
 * {@code /verify.xhtml?code=…}). It shows the training, its days and hours, the holder's initials and whether the
 * certificate was revoked; for any code that is not a certificate's, malformed or not, one and the same answer.
 * Request-scoped: the page has no form, so no view state.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CertificateVerifications verifications;

    private Optional<VerifiedCertificate> certificate;

    /** The certificate of the code the request names, if any; looked up once per request. */
    public Optional<VerifiedCertificate> getCertificate() {
        if (certificate == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object forwarded = faces.getExternalContext().getRequestMap().get(VerifyServlet.CODE);
            String code = forwarded instanceof String text ? text
                    : faces.getExternalContext().getRequestParameterMap().get("code");
            certificate = verifications.verify(code == null ? "" : code.strip());
        }
        return certificate;
    }

    /** Whether the code is a certificate's. */
    public boolean isKnown() {
        return getCertificate().isPresent();
    }

    /** The certificate (only when {@link #isKnown()}). */
    public VerifiedCertificate getFound() {
        return getCertificate().orElse(null);
    }
}
