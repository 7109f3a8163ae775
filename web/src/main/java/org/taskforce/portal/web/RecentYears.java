package org.taskforce.portal.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The period a list that grows with every year opens on: this year and the last. The person asks for earlier years
 * when they need them; the list then costs that of two years however many the task forces keep (the liaison's
 * trainings, the meetings, their trainings, the audit trail, the minutes search: load benchmark, issue 15).
 */
public final class RecentYears {

    private RecentYears() {
    }

    /**
     * The start of the period: 1 January of last year in the portal's zone, or {@code null} (every year) when the
     * person asked for earlier years too.
     */
    public static Instant since(boolean earlierYears) {
        return earlierYears ? null : firstDay().atStartOfDay(UserLanguage.DEFAULT_ZONE).toInstant();
    }

    /** 1 January of last year in the portal's zone: the first day of the period (a search form's "from"). */
    public static LocalDate firstDay() {
        return LocalDate.now(UserLanguage.DEFAULT_ZONE).minusYears(1).withDayOfYear(1);
    }
}
