package org.taskforce.portal.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.taskforce.portal.calendar.boundary.CalendarImport;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.ImportPreview;
import org.taskforce.portal.calendar.boundary.ImportProblem;
import org.taskforce.portal.calendar.boundary.ImportRejectedException;
import org.taskforce.portal.calendar.control.Imports;
import org.taskforce.portal.web.Messages;

/**
 * Backs {@code /calendar/import.xhtml}: upload an {@code .ics} file, see what it would add and what is wrong with it,
 * then import all of it or nothing. The file stays in this view only, until imported or replaced.
 */
@ViewScoped
@Named("importPage")
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarImport calendarImport;

    @Inject
    transient Messages messages;

    private byte[] file;
    private String fileName;
    private ImportPreview preview;

    /** A file arrived: read it (no more than the limit, whatever the browser said) and preview it. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile uploaded = event.getFile();
        try (InputStream in = uploaded.getInputStream()) {
            file = in.readNBytes(Imports.MAX_BYTES + 1);
        }
        fileName = uploaded.getFileName();
        preview = calendarImport.preview(file);
        if (!preview.problems().isEmpty()) {
            messages.error("calendar.import.hasProblems", preview.problems().size());
        }
    }

    /** Imports every event of the previewed file, or none. */
    public void importAll() {
        if (file == null) {
            return;
        }
        try {
            int added = calendarImport.importAll(file);
            messages.info("calendar.import.done", added, fileName);
            file = null;
            preview = null;
        } catch (ImportRejectedException e) {
            preview = new ImportPreview(List.of(), e.importProblems()); // the page lists them; the refusal says how many
            throw e;
        }
    }

    /** A problem as a sentence in the person's language, with the event and line it concerns. */
    public String describe(ImportProblem problem) {
        String text = messages.text(problem.messageKey(), problem.arguments().toArray());
        if (problem.event() == null) {
            return problem.line() == null ? text : messages.text("calendar.import.atLine", problem.line(), text);
        }
        return problem.line() == null ? messages.text("calendar.import.inEvent", problem.event(), text)
                : messages.text("calendar.import.inEventAtLine", problem.event(), problem.line(), text);
    }

    public List<EventDraft> getEvents() {
        return preview == null ? List.of() : preview.events();
    }

    public List<ImportProblem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public boolean isImportable() {
        return preview != null && preview.importable();
    }

    public String getFileName() {
        return fileName;
    }

    public int getMaxBytes() {
        return Imports.MAX_BYTES;
    }
}
