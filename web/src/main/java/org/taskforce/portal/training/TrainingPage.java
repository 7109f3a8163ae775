package org.taskforce.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.training.boundary.CertifiedTrainerRow;
import org.taskforce.portal.training.boundary.NominationRow;
import org.taskforce.portal.training.boundary.Nominations;
import org.taskforce.portal.training.boundary.ParticipantRow;
import org.taskforce.portal.training.boundary.Participants;
import org.taskforce.portal.training.boundary.TrainingDetails;
import org.taskforce.portal.training.boundary.Trainings;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /training/training.xhtml?id=…}: one training of the task force, its sessions, trainers and nominations
 * with their state and the sponsors' decisions, and links to its attendance and certificates (coordinators) and, for a
 * Train the Trainer course, to its cascade. Coordinators also change or cancel it, nominate participants (the
 * training's capacity is respected: the service refuses the one too many with a message naming it), confirm a
 * nomination that waits for nobody and withdraw one. Another task force's id is answered as not found.
 */
@ViewScoped
@Named("trainingPage")
public class TrainingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainings trainings;

    @Inject
    transient Nominations nominations;

    @Inject
    transient Participants participants;

    @Inject
    transient CurrentTaskForce currentTaskForce;

    @Inject
    transient Messages messages;

    private long id;
    private TrainingDetails details;
    private List<NominationRow> filtered;
    private List<ParticipantRow> candidates = List.of();
    private Long nominee;
    private boolean coordinating;
    private List<CertifiedTrainerRow> certified = List.of();

    /** Reads the training of the {@code id} parameter (the view action, on the first request of the view). */
    public void load() {
        details = trainings.details(id);
        certified = trainings.certifiedTrainers(id);
        coordinating = currentTaskForce.coordinating();
        if (coordinating) {
            Set<Long> taken = details.nominations().stream().filter(row -> row.state().takesAPlace())
                    .map(NominationRow::participantId).collect(Collectors.toSet());
            candidates = participants.list().stream().filter(row -> !taken.contains(row.id())).toList();
        }
    }

    /** Nominates the chosen participant. */
    public void nominate() {
        try {
            if (nominee == null) {
                messages.error("nomination.error.chooseParticipant");
                return;
            }
            nominations.nominate(id, nominee);
            messages.info("nomination.saved");
            nominee = null;
        } finally {
            load();
        }
    }

    public void confirm(NominationRow row) {
        try {
            nominations.confirm(row.id());
            messages.info("nomination.confirmed", row.name());
        } finally {
            load();
        }
    }

    public void withdraw(NominationRow row) {
        try {
            nominations.withdraw(row.id());
            messages.info("nomination.withdrawn", row.name());
        } finally {
            load();
        }
    }

    /** Cancels the training, over the version the page shows. */
    public void cancel() {
        try {
            trainings.cancel(id, details.training().getVersion());
            messages.info("training.cancelledNow", details.training().getTitle());
        } finally {
            load();
        }
    }

    /** The trainers recorded with the Train the Trainer certificate that made them one, and its course. */
    public List<CertifiedTrainerRow> getCertified() {
        return certified;
    }

    public boolean isCoordinating() {
        return coordinating;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public TrainingDetails getDetails() {
        return details;
    }

    public List<NominationRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<NominationRow> filtered) {
        this.filtered = filtered;
    }

    public List<ParticipantRow> getCandidates() {
        return candidates;
    }

    public Long getNominee() {
        return nominee;
    }

    public void setNominee(Long nominee) {
        this.nominee = nominee;
    }
}
