package org.taskforce.portal.liaison;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taskforce.portal.training.boundary.LiaisonDesk;
import org.taskforce.portal.training.boundary.SponsoredParticipant;
import org.taskforce.portal.training.boundary.SponsoredTraining;

/**
 * Backs {@code /liaison/training.xhtml?id=…}: one training the liaison's sponsor funds, its sessions, and its
 * participants by name with their attendance per session, hours and completion. Read once, when the page opens,
 * through {@link LiaisonDesk#training}, which records the reading in the audit trail of the training's task force;
 * an unknown id and another sponsor's training are the same 404 (the service's {@code TrainingNotFoundException}).
 */
@ViewScoped
@Named("liaisonTraining")
public class LiaisonTraining implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LiaisonDesk desk;

    private Long id;
    private SponsoredTraining training;
    private List<SponsoredParticipant> filtered;

    /** Reads the training of the {@code id} parameter (the view action, on the first request of the view). */
    public void load() {
        if (id == null) {
            return; // opened without a training: the page says to choose one from the list
        }
        training = desk.training(id);
    }

    /** A session's start or end as the portal's time converter shows it. */
    public OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public SponsoredTraining getTraining() {
        return training;
    }

    public List<SponsoredParticipant> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<SponsoredParticipant> filtered) {
        this.filtered = filtered;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
