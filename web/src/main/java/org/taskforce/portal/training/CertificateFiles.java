package org.taskforce.portal.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.taskforce.portal.training.boundary.Certificates;
import org.taskforce.portal.web.Messages;

/**
 * A certificate as the PDF file a page hands out, in the page's language, its QR code pointing to the public
 * verification page under {@code portal.base-url}: for the coordinators' attendance page and for the holder's own
 * trainings, of this task force or, through {@code own_certificate}, of another. Who may have it is the service's decision ({@link Certificates#pdf}), not the page's.
 */
@ApplicationScoped
public class CertificateFiles {

    @Inject
    Certificates certificates;

    /** A certificate of the current task force as PDF, named for download. */
    public StreamedContent pdf(long certificateId) {
        Locale locale = locale();
        return file(certificateId, certificates.pdf(certificateId, verifyBase(),
                ResourceBundle.getBundle(Messages.BUNDLE, locale), locale));
    }

    /** One of the signed-in person's own certificates of another task force as PDF, named for download. */
    public StreamedContent ownPdf(long certificateId) {
        Locale locale = locale();
        return file(certificateId, certificates.ownPdf(certificateId, verifyBase(),
                ResourceBundle.getBundle(Messages.BUNDLE, locale), locale));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String verifyBase() {
        return ConfigProvider.getConfig().getValue("portal.base-url", String.class) + "/verify/";
    }

    private static StreamedContent file(long certificateId, byte[] pdf) {
        return DefaultStreamedContent.builder().contentType("application/pdf")
                .name("certificado-" + certificateId + ".pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }
}
