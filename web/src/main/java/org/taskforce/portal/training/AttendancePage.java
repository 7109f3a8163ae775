package org.taskforce.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.taskforce.portal.training.boundary.AttendanceRow;
import org.taskforce.portal.training.boundary.AttendanceSheet;
import org.taskforce.portal.training.boundary.Attendances;
import org.taskforce.portal.training.boundary.CertificateRow;
import org.taskforce.portal.training.boundary.Certificates;
import org.taskforce.portal.training.boundary.MarkInput;
import org.taskforce.portal.training.boundary.Revocation;
import org.taskforce.portal.training.boundary.SheetRejectedException;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.control.SheetProblem;
import org.taskforce.portal.training.control.SheetRoster;
import org.taskforce.portal.training.control.SignInSheets;
import org.taskforce.portal.training.entity.AttendanceMark;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /training/attendance.xhtml?id=…}: the attendance table of one training (a row per confirmed
 * participant, a column per session, a native select per cell so the keyboard moves through it as through any form),
 * "all present" for the empty cells, one save for every change; the CSV sign-in sheet import (upload, every row's
 * problem named, then all or nothing); each session's printable sign-in sheet; and the training's certificates:
 * issued to those who completed, listed, downloaded, and revoked with a reason behind a dialog that asks first.
 *
 * <p>The table shows 25 people a page: a page holds the cells the request decodes, validates and renders (a training of
 * 200 people and 5 sessions has 2,000 fields; all of them on one page made the page and its save take 0.7 s at p95 in
 * the load benchmark's serial pass). The cells of every page live here, in the view, so a mark chosen on one page and
 * not yet saved survives a page change (the page event processes the page left, {@code skipChildren="false"}), and
 * "all present" and Save act on every page.
 */
@ViewScoped
@Named("attendancePage")
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable cell: the mark chosen and the minutes entered. */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;

        private AttendanceMark mark;
        private Integer minutes;

        public AttendanceMark getMark() {
            return mark;
        }

        public void setMark(AttendanceMark mark) {
            this.mark = mark;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }
    }

    @Inject
    transient Attendances attendances;

    @Inject
    transient Messages messages;

    @Inject
    transient Certificates certificates;

    @Inject
    transient CertificateFiles certificateFiles;

    private Long id;
    private AttendanceSheet sheet;
    /** Each participant's cells, in the order of the sessions (the table reads {@code cells[participantId][index]}). */
    private final Map<Long, List<Cell>> cells = new HashMap<>();
    /** The marks as the cells' options, in the language of the request that built them. */
    private transient List<SelectItem> markItems;
    private transient Locale markItemsLocale;
    private byte[] file;
    private String fileName;
    private SheetRoster.Checked preview;
    private List<CertificateRow> certificateRows = List.of();
    private CertificateRow revoking;

    @Size(max = Certificate.REVOKED_REASON_LENGTH)
    private String revokedReason;

    /** Loads the training and its certificates (404 for another task force's, by the service). */
    public void load() {
        if (id == null) {
            return; // opened without a training: the page says to choose one
        }
        readSheet();
        certificateRows = certificates.list(id);
    }

    /** Reads the attendance table and makes its cells afresh (the certificates stay as read: marks do not change them). */
    private void readSheet() {
        sheet = attendances.sheet(id);
        cells.clear();
        for (AttendanceRow row : sheet.rows()) {
            List<Cell> ofRow = new ArrayList<>(sheet.sessions().size());
            for (SessionSpan session : sheet.sessions()) {
                Cell cell = new Cell();
                cell.setMark(row.marks().get(session.sessionId()));
                AttendanceMark mark = cell.getMark();
                cell.setMinutes(mark == AttendanceMark.LATE || mark == AttendanceMark.LEFT_EARLY
                        ? row.minutes().get(session.sessionId()) : null);
                ofRow.add(cell);
            }
            cells.put(row.participantId(), ofRow);
        }
    }

    /**
     * Each participant's cells by participant id, in the order of the sessions. The table reads them as properties
     * ({@code cells[row.participantId][index]}), not through a method call per cell: Jakarta EL looks a called method
     * up by reflection at every call (copying the bean proxy's method list): 2,000 lookups a page for the 1,000 cells
     * of a training of 200 people and 5 sessions (the load benchmark could not tell the gain: too few requests).
     */
    public Map<Long, List<Cell>> getCells() {
        return cells;
    }

    /** Marks every cell without a mark as present, on every page of the table (nothing is saved until Save). */
    public void allPresent() {
        cells.values().stream().flatMap(List::stream).filter(cell -> cell.getMark() == null)
                .forEach(cell -> cell.setMark(AttendanceMark.PRESENT));
    }

    /**
     * Saves in one go the cells the person changed since the page was loaded (not the others: a mark another
     * coordinator saved meanwhile stays theirs), then shows the hours again.
     */
    public void save() {
        List<MarkInput> inputs = new ArrayList<>();
        List<SessionSpan> sessions = sheet.sessions();
        for (AttendanceRow row : sheet.rows()) {
            List<Cell> ofRow = cells.get(row.participantId());
            for (int index = 0; index < sessions.size(); index++) {
                Cell cell = ofRow.get(index);
                inputs.add(new MarkInput(sessions.get(index).sessionId(), row.participantId(), cell.getMark(),
                        cell.getMinutes()));
            }
        }
        int changed = attendances.save(sheet.trainingId(), sheet.changes(inputs));
        messages.info("training.attendance.saved", changed);
        readSheet();
    }

    /** A sign-in sheet arrived: read it (no more than the limit, whatever the browser said) and preview it. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile uploaded = event.getFile();
        try (InputStream in = uploaded.getInputStream()) {
            file = in.readNBytes(SignInSheets.MAX_BYTES + 1);
        }
        fileName = uploaded.getFileName();
        preview = attendances.previewSheet(sheet.trainingId(), null, file);
        if (!preview.problems().isEmpty()) {
            messages.error("training.sheet.hasProblems", preview.problems().size());
        }
    }

    /** Imports the previewed sheet: all of it or nothing. */
    public void importSheet() {
        if (file == null) {
            return;
        }
        try {
            int changed = attendances.importSheet(sheet.trainingId(), null, file);
            messages.info("training.sheet.imported", changed, fileName);
            file = null;
            preview = null;
            readSheet();
        } catch (SheetRejectedException e) {
            preview = new SheetRoster.Checked(List.of(), e.sheetProblems());
            throw e;
        }
    }

    /**
     * Issues a certificate to each confirmed participant who completed and has none yet, and says how many: issuing
     * again after attendance was corrected adds only those who completed since.
     */
    public void issueCertificates() {
        int issued = certificates.issue(sheet.trainingId());
        if (issued == 0) {
            messages.info("training.certificates.noneIssued");
        } else {
            messages.info("training.certificates.issued", issued);
        }
        certificateRows = certificates.list(sheet.trainingId());
    }

    /** Opens the revocation dialog on a certificate of the list. */
    public void startRevoke(CertificateRow row) {
        revoking = row;
        revokedReason = null;
    }

    /** Revokes the certificate the dialog is on, with the reason typed (required: the service refuses none). */
    public void revoke() {
        certificates.revoke(revoking.id(), new Revocation(revokedReason));
        messages.info("training.certificates.revokedNow", revoking.holder());
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        revoking = null;
        certificateRows = certificates.list(sheet.trainingId());
    }

    /** A certificate of the list as PDF. */
    public StreamedContent certificatePdf(long certificateId) {
        return certificateFiles.pdf(certificateId);
    }

    /** A problem of the sheet as a sentence in the person's language, with its line and column. */
    public String describe(SheetProblem problem) {
        String text = messages.text(problem.messageKey(), problem.arguments().toArray());
        if (problem.line() == null) {
            return text;
        }
        return problem.column() == null ? messages.text("training.sheet.atLineOnly", problem.line(), text)
                : messages.text("training.sheet.atLine", problem.line(), problem.column(), text);
    }

    /** The printable sign-in sheet of a session. */
    public StreamedContent signInSheet(long sessionId) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byte[] pdf = attendances.signInSheet(sessionId, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
        return DefaultStreamedContent.builder().contentType("application/pdf")
                .name("planilla-" + sessionId + ".pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The CSV sheet to fill in, every session, every confirmed participant. */
    public StreamedContent csvTemplate() {
        byte[] csv = attendances.csvTemplate(sheet.trainingId());
        return DefaultStreamedContent.builder().contentType("text/csv; charset=UTF-8")
                .name("asistencia-" + sheet.trainingId() + ".csv").stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    /**
     * The marks as options of a cell, labelled in the request's language; built once per request and language, not
     * once per cell.
     */
    public List<SelectItem> getMarkItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (markItems == null || !locale.equals(markItemsLocale)) {
            markItems = Stream.of(AttendanceMark.values())
                    .map(mark -> new SelectItem(mark, messages.text(mark.bundleKey()))).toList();
            markItemsLocale = locale;
        }
        return markItems;
    }

    public List<SheetProblem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public int getPreviewCount() {
        return preview == null ? 0 : preview.marks().size();
    }

    public boolean isImportable() {
        return preview != null && preview.problems().isEmpty() && !preview.marks().isEmpty();
    }

    public List<CertificateRow> getCertificates() {
        return certificateRows;
    }

    public CertificateRow getRevoking() {
        return revoking;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public void setRevokedReason(String revokedReason) {
        this.revokedReason = revokedReason;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public String getFileName() {
        return fileName;
    }

    public int getMaxBytes() {
        return SignInSheets.MAX_BYTES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
