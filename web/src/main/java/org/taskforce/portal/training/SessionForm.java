package org.taskforce.portal.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.taskforce.portal.training.boundary.SessionDraft;

/**
 * One session row of the training dialog: a day and its start and end times, entered in the browser's own date and
 * time fields ({@code portal.dateInput}, {@code portal.timeInput}).
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a session not saved yet. */
    private final Long id;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;

    SessionForm(Long id, LocalDate date, LocalTime start, LocalTime end) {
        this.id = id;
        this.date = date;
        this.start = start;
        this.end = end;
    }

    SessionDraft toDraft() {
        return new SessionDraft(id, date, start, end);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }
}
