package org.taskforce.portal.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The period a list that grows with every year opens on: this year and the last. The person asks for earlier years
 * when they need them ("Earlier years too", {@code table.earlierYears}); the list then costs that of two years however
 * many the task forces keep (the liaison's trainings, the meetings, their trainings, the audit trail, the minutes
 * search: load benchmark, issue 15).
 *
 * <p>A view-scoped page holds one as its {@code period} and binds the checkbox to it:
 * {@code <p:selectBooleanCheckbox id="earlierYears" value="#{page.period.earlierYears}">}, then reads
 * {@link #since()} when it reads its list.
 */
public final class RecentYears implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean earlierYears;

    /** Whether the person asked for the years before last year too. */
    public boolean isEarlierYears() {
        return earlierYears;
    }

    public void setEarlierYears(boolean earlierYears) {
        this.earlierYears = earlierYears;
    }

    /**
     * The start of the period: 1 January of last year in the portal's zone, or {@code null} (every year) when the
     * person asked for earlier years too.
     */
    public Instant since() {
        return earlierYears ? null : firstDay().atStartOfDay(UserLanguage.DEFAULT_ZONE).toInstant();
    }

    /** 1 January of last year in the portal's zone: the first day of the period (a search form's "from"). */
    public static LocalDate firstDay() {
        return LocalDate.now(UserLanguage.DEFAULT_ZONE).minusYears(1).withDayOfYear(1);
    }
}
