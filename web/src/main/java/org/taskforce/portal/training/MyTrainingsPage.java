package org.taskforce.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.taskforce.portal.training.boundary.Certificates;
import org.taskforce.portal.training.boundary.MyTraining;
import org.taskforce.portal.training.boundary.OwnCertificate;

/**
 * Backs {@code /training/mine.xhtml}: the signed-in member's own trainings in the current task force (as the
 * participant whose portal account is theirs), with hours, completion and the certificate to download, and their
 * certificates of other task forces' trainings (a national course is hosted by one task force for all of them).
 */
@ViewScoped
@Named("myTrainingsPage")
public class MyTrainingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient CertificateFiles files;

    private List<MyTraining> trainings;
    private List<OwnCertificate> elsewhere;

    /** Reads the person's history. */
    public void load() {
        trainings = certificates.mine();
        elsewhere = certificates.mineElsewhere();
    }

    /** Their certificate of a training, as PDF in the page's language. */
    public StreamedContent certificate(long certificateId) {
        return files.pdf(certificateId);
    }

    /** Their certificate of another task force's training (a national course, say), as PDF. */
    public StreamedContent certificateElsewhere(long certificateId) {
        return files.ownPdf(certificateId);
    }

    /** Their certificates of other task forces' trainings. */
    public List<OwnCertificate> getElsewhere() {
        return elsewhere;
    }

    public List<MyTraining> getTrainings() {
        return trainings;
    }
}
