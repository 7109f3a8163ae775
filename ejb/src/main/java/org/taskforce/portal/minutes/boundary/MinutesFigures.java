package org.taskforce.portal.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.RecordQuery;

/**
 * The national overview's figures of the minutes: aggregates only, across task forces, through the reporting functions
 * of {@code V15_2__minutes_figures.sql} and {@code V20} (restricted meetings never counted; counts of people under 5
 * hidden there). They cover the last twelve months, so that their cost does not grow with the years kept; the actions
 * still open are counted whatever their meeting's date. National coordinators only.
 */
@Stateless
@RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
public class MinutesFigures {

    @PersistenceContext
    EntityManager em;

    /**
     * Meetings held, decisions, actions and where they stand, by task force and month (this month and the eleven
     * before), the latest month first.
     */
    public List<MinutesFigure> byMonth() {
        return RecordQuery.of(em, MinutesFigure.class, "minutes_figures()").list();
    }

    /** The actions still open and overdue, by task force, whatever the date of the meeting that agreed them. */
    public List<OpenActionsFigure> openActions() {
        return RecordQuery.of(em, OpenActionsFigure.class, "minutes_open_actions()").list();
    }

    /** Presences and apologies by task force and agency type, over the last twelve months. */
    public List<AttendanceFigure> attendance() {
        return RecordQuery.of(em, AttendanceFigure.class, "minutes_attendance_figures()").list();
    }
}
