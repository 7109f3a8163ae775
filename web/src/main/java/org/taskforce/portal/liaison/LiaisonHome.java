package org.taskforce.portal.liaison;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.training.boundary.DecisionDraft;
import org.taskforce.portal.training.boundary.LiaisonDesk;
import org.taskforce.portal.training.boundary.ReportRange;
import org.taskforce.portal.training.boundary.SponsorFigure;
import org.taskforce.portal.training.boundary.SponsorTraining;
import org.taskforce.portal.training.boundary.Sponsors;
import org.taskforce.portal.training.boundary.WaitingNomination;
import org.taskforce.portal.training.control.AttendanceReport;
import org.taskforce.portal.training.control.AttendanceReportFiles;
import org.taskforce.portal.training.entity.NominationDecision;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.web.Messages;
import org.taskforce.portal.web.RecentYears;
import org.taskforce.portal.web.UserLanguage;

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
    private List<SponsorFigure> figures = List.of();
    private final RecentYears period = new RecentYears();

    /** The days of the attendance report: this year so far, until the liaison chooses others. */
    private LocalDate reportFrom = LocalDate.now(UserLanguage.DEFAULT_ZONE).withDayOfYear(1);
    private LocalDate reportTo = LocalDate.now(UserLanguage.DEFAULT_ZONE);

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
            loadTrainings();
        }
    }

    /**
     * Reads the trainings and their figures again: of this year and the last (a session ends from 1 January of last
     * year on, or none is planned yet), or of every year when the liaison asks for earlier ones.
     */
    public void loadTrainings() {
        Instant since = period.since();
        trainings = desk.trainings(since);
        filteredTrainings = null;
        figures = desk.figures(since);
    }

    /** The attendance report as CSV (recorded in the audit trail of each task force it names people of). */
    public StreamedContent reportCsv() {
        return reportFile("csv", "text/csv; charset=UTF-8", AttendanceReportFiles::csv);
    }

    /** The attendance report as an Excel workbook. */
    public StreamedContent reportXlsx() {
        return reportFile("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                AttendanceReportFiles::xlsx);
    }

    /** The attendance report as a printable PDF. */
    public StreamedContent reportPdf() {
        return reportFile("pdf", "application/pdf", AttendanceReportFiles::pdf);
    }

    /** How one of the report's files is written. */
    @FunctionalInterface
    private interface ReportWriter {
        byte[] write(AttendanceReport report, ResourceBundle bundle, Locale locale);
    }

    private StreamedContent reportFile(String extension, String contentType, ReportWriter writer) {
        AttendanceReport report = desk.report(new ReportRange(reportFrom, reportTo));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byte[] file = writer.write(report, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
        return DefaultStreamedContent.builder().contentType(contentType)
                .name(AttendanceReportFiles.fileName(report, extension))
                .stream(() -> new ByteArrayInputStream(file)).build();
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

    /** The period the list shows: this year and the last, or earlier years too (its checkbox). */
    public RecentYears getPeriod() {
        return period;
    }

    public List<SponsorTraining> getFilteredTrainings() {
        return filteredTrainings;
    }

    public void setFilteredTrainings(List<SponsorTraining> filteredTrainings) {
        this.filteredTrainings = filteredTrainings;
    }

    /** The people of the sponsor's trainings by agency type. */
    public List<SponsorFigure> getFiguresByAgencyType() {
        return figures.stream().filter(figure -> SponsorFigure.AGENCY_TYPE.equals(figure.dimension())).toList();
    }

    /** The people of the sponsor's trainings by sex. */
    public List<SponsorFigure> getFiguresBySex() {
        return figures.stream().filter(figure -> SponsorFigure.SEX.equals(figure.dimension())).toList();
    }

    public LocalDate getReportFrom() {
        return reportFrom;
    }

    public void setReportFrom(LocalDate reportFrom) {
        this.reportFrom = reportFrom;
    }

    public LocalDate getReportTo() {
        return reportTo;
    }

    public void setReportTo(LocalDate reportTo) {
        this.reportTo = reportTo;
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
