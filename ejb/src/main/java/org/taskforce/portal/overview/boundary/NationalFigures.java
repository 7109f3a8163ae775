package org.taskforce.portal.overview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.minutes.boundary.AttendanceFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigures;
import org.taskforce.portal.minutes.boundary.OpenActionsFigure;
import org.taskforce.portal.training.boundary.TrainingFigures;
import org.taskforce.portal.training.boundary.TrainingSummary;

/**
 * The national overview's figures, counted once for every national coordinator and kept for {@link #FRESH_FOR}: the
 * reporting functions behind them read every task force (about 110 ms of SQL a page at national scale, and again at
 * each sort, page and export of the overview's tables), and their figures move slowly (months, trainings, meetings).
 * The page says when they were counted and lets the coordinator count again at once ({@link #recount()}).
 *
 * <p>When the kept figures are older than {@link #FRESH_FOR}, the first request counts them again while others
 * meanwhile get the kept ones; only the very first, with nothing kept yet, waits. The figures are aggregates only
 * (small counts of people hidden by the functions themselves); each node of the portal keeps its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
public class NationalFigures {

    /** How long counted figures are shown before they are counted again. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(5);

    /** The figures of one count, and when it was made. */
    public record Counted(Instant countedAt, List<TrainingSummary> training, List<MinutesFigure> minutesByMonth,
            List<OpenActionsFigure> openActions, List<AttendanceFigure> attendance) {

        boolean freshAt(Instant now) {
            return countedAt.plus(FRESH_FOR).isAfter(now);
        }
    }

    @Inject
    TrainingFigures trainingFigures;

    @Inject
    MinutesFigures minutesFigures;

    private final AtomicReference<Counted> kept = new AtomicReference<>();
    private final ReentrantLock counting = new ReentrantLock();

    /** The figures as last counted, counted again first when there are none or they are older than {@link #FRESH_FOR}. */
    public Counted current() {
        Counted figures = kept.get();
        if (figures != null && figures.freshAt(Instant.now())) {
            return figures;
        }
        if (figures != null && !counting.tryLock()) {
            return figures; // someone is counting them again: these until then
        }
        if (figures == null) {
            counting.lock();
        }
        try {
            Counted again = kept.get();
            return again != null && again.freshAt(Instant.now()) ? again : count();
        } finally {
            counting.unlock();
        }
    }

    /** Counts the figures again now (the coordinator's "count again"), whatever their age. */
    public Counted recount() {
        counting.lock();
        try {
            return count();
        } finally {
            counting.unlock();
        }
    }

    private Counted count() {
        Instant at = Instant.now();
        Counted figures = new Counted(at, trainingFigures.summaries(), minutesFigures.byMonth(),
                minutesFigures.openActions(), minutesFigures.attendance());
        kept.set(figures);
        return figures;
    }
}
