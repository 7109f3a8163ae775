package org.taskforce.portal.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taskforce.portal.minutes.boundary.AttendanceFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigure;
import org.taskforce.portal.minutes.boundary.OpenActionsFigure;
import org.taskforce.portal.overview.boundary.NationalFigures;
import org.taskforce.portal.training.boundary.TrainingSummary;
import org.taskforce.portal.web.Messages;

/**
 * Backs the figures of {@code /overview/task-forces.xhtml}: trainings planned and held and people nominated and
 * confirmed, by task force and sponsor; meetings held, decisions and actions by task force and month over the last
 * twelve months, the actions still open, and attendance by agency type. Aggregates only (restricted meetings not
 * counted; counts of people under 5 shown as "fewer than 5"), as {@link NationalFigures} last counted them: the page
 * says when, and "count again" counts them at once. One count serves the whole request.
 */
@RequestScoped
@Named("overviewFigures")
public class OverviewFigures {

    @Inject
    NationalFigures figures;

    @Inject
    Messages messages;

    private NationalFigures.Counted counted;

    private NationalFigures.Counted counted() {
        if (counted == null) {
            counted = figures.current();
        }
        return counted;
    }

    /** Counts the figures again now; the tables and the time above them show the new count. */
    public void recount() {
        counted = figures.recount();
        messages.info("overview.figures.recounted");
    }

    /** When the figures shown were counted. */
    public OffsetDateTime getCountedAt() {
        return counted().countedAt().atOffset(ZoneOffset.UTC);
    }

    /** How many minutes counted figures are kept before they are counted again. */
    public long getFreshForMinutes() {
        return NationalFigures.FRESH_FOR.toMinutes();
    }

    public List<TrainingSummary> getTrainingSummaries() {
        return counted().training();
    }

    public List<MinutesFigure> getMinutesByMonth() {
        return counted().minutesByMonth();
    }

    public List<OpenActionsFigure> getOpenActions() {
        return counted().openActions();
    }

    public List<AttendanceFigure> getAttendance() {
        return counted().attendance();
    }
}
