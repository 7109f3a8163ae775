package org.taskforce.portal.liaison;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.training.boundary.DecisionDraft;
import org.taskforce.portal.training.boundary.LiaisonDesk;
import org.taskforce.portal.training.boundary.SponsorTraining;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.WaitingNomination;
import org.taskforce.portal.training.entity.NominationDecision;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /liaison/home.xhtml}: who the liaison is and which sponsor they represent (the {@code sponsor}
 * attribute of their token, named from the national sponsor list), the nominations waiting for their sponsor's
 * decision (approve, or decline with a reason, in a dialog), and the trainings their sponsor funds in every task
 * force with nominated, approved and confirmed counts. Everything comes through {@link LiaisonDesk}, which reads only
 * what the sponsor of the token funds.
 */
@ViewScoped
@Named("liaisonHome")
public class LiaisonHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Messages messages;

    @Inject
    transient LiaisonDesk desk;

    @Inject
    transient Sponsors sponsors;

    private String sponsorName;
    private List<WaitingNomination> waiting = List.of();
    private List<WaitingNomination> filteredWaiting;
    private List<SponsorTraining> trainings = List.of();
    private List<SponsorTraining> filteredTrainings;

    /** The nomination whose decision dialog is open, and what the dialog holds. */
    private WaitingNomination deciding;
    private boolean approve = true;
    @Size(max = NominationDecision.REASON_LENGTH)
    private String reason;

    @PostConstruct
    void load() {
        sponsorName = caller.getSponsor()
                .map(code -> sponsors.list().stream().filter(sponsor -> sponsor.getCode().equals(code))
                        .map(Sponsor::getName).findFirst().orElse(code))
                .orElseGet(() -> messages.text("liaison.noSponsor"));
        if (caller.getSponsor().isPresent()) {
            waiting = desk.waiting();
            trainings = desk.trainings();
        }
    }

    /** Opens the decision dialog on a waiting nomination, to approve or to decline it. */
    public void startDecision(WaitingNomination nomination, boolean approving) {
        deciding = nomination;
        approve = approving;
        reason = null;
    }

    /** Records the decision; on a refusal without a reason the dialog stays open with its message. */
    public void decide() {
        try {
            desk.decide(deciding.nominationId(), new DecisionDraft(approve, reason));
            messages.info(approve ? "liaison.approved" : "liaison.declined", deciding.participantName());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } finally {
            load();
        }
    }

    public String getSponsorName() {
        return sponsorName;
    }

    public boolean isSponsorKnown() {
        return caller.getSponsor().isPresent();
    }

    public List<WaitingNomination> getWaiting() {
        return waiting;
    }

    public List<WaitingNomination> getFilteredWaiting() {
        return filteredWaiting;
    }

    public void setFilteredWaiting(List<WaitingNomination> filteredWaiting) {
        this.filteredWaiting = filteredWaiting;
    }

    public List<SponsorTraining> getTrainings() {
        return trainings;
    }

    public List<SponsorTraining> getFilteredTrainings() {
        return filteredTrainings;
    }

    public void setFilteredTrainings(List<SponsorTraining> filteredTrainings) {
        this.filteredTrainings = filteredTrainings;
    }

    public WaitingNomination getDeciding() {
        return deciding;
    }

    public boolean isApprove() {
        return approve;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
