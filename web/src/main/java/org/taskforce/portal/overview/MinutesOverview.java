package org.taskforce.portal.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.taskforce.portal.minutes.boundary.AttendanceFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigures;
import org.taskforce.portal.minutes.boundary.OpenActionsFigure;

/**
 * Backs the minutes' figures of {@code /overview/task-forces.xhtml}: meetings held, decisions and actions by task force
 * and month over the last twelve months, the actions still open by task force, and attendance by agency type,
 * aggregates only (restricted meetings not counted; counts of people under 5 shown as "fewer than 5").
 */
@RequestScoped
@Named("minutesOverview")
public class MinutesOverview {

    @Inject
    MinutesFigures figures;

    private List<MinutesFigure> byMonth;
    private List<AttendanceFigure> attendance;
    private List<OpenActionsFigure> openActions;

    public List<MinutesFigure> getByMonth() {
        if (byMonth == null) {
            byMonth = figures.byMonth();
        }
        return byMonth;
    }

    public List<OpenActionsFigure> getOpenActions() {
        if (openActions == null) {
            openActions = figures.openActions();
        }
        return openActions;
    }

    public List<AttendanceFigure> getAttendance() {
        if (attendance == null) {
            attendance = figures.attendance();
        }
        return attendance;
    }
}
