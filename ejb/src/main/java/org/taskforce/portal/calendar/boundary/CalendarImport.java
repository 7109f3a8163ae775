package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.taskforce.portal.calendar.control.Imports;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * Imports an {@code .ics} file into the current task force's calendar: first a preview that writes nothing, then all
 * of it or nothing. Imported events are seen by the whole task force (operations only by the person importing) and
 * organised by the person importing.
 */
@Stateless
@TaskForceBound
public class CalendarImport {

    @Inject
    Viewers viewers;

    @Inject
    Calendars calendars;

    @Inject
    Validator validator;

    /** What the file would add, and what is wrong with it. Writes nothing. */
    public ImportPreview preview(@NotNull byte[] file) {
        return Imports.read(file, viewers.profile().getZone(), validator);
    }

    /**
     * Adds every event of the file, in one transaction: if any event cannot be added, none is.
     *
     * @return the number of events added
     * @throws ImportRejectedException with the problems, if the file has any
     */
    public int importAll(@NotNull byte[] file) {
        ImportPreview preview = preview(file);
        if (!preview.importable()) {
            throw new ImportRejectedException(preview.problems());
        }
        preview.events().forEach(calendars::create);
        return preview.events().size();
    }
}
