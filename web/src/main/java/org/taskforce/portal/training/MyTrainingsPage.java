package org.taskforce.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.taskforce.portal.training.boundary.Certificates;
import org.taskforce.portal.training.boundary.MyTraining;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /training/mine.xhtml}: the signed-in member's own trainings in the current task force (as the
 * participant whose portal account is theirs), with hours, completion and the certificate to download.
 */
@ViewScoped
@Named("myTrainingsPage")
public class MyTrainingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    private List<MyTraining> trainings;

    /** Reads the person's history. */
    public void load() {
        trainings = certificates.mine();
    }

    /** Their certificate of a training, as PDF in the page's language. */
    public StreamedContent certificate(long certificateId) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String verifyBase = ConfigProvider.getConfig().getValue("portal.base-url", String.class) + "/verify/";
        byte[] pdf = certificates.pdf(certificateId, verifyBase, ResourceBundle.getBundle(Messages.BUNDLE, locale),
                locale);
        return DefaultStreamedContent.builder().contentType("application/pdf")
                .name("certificado-" + certificateId + ".pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public List<MyTraining> getTrainings() {
        return trainings;
    }
}
