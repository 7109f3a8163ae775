package org.taskforce.portal.calendar.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * How a series repeats, as a person chooses it: every {@code interval} days, weeks (on the given days), months or
 * years, until a date or for a number of occurrences. Exactly one of {@code until} and {@code count} is set: a series
 * without an end is refused. It becomes an RFC 5545 rule through ical4j ({@code control.Rules}).
 *
 * @param days for weekly series, the days of the week; empty means the day of the first occurrence
 * @param until the last day an occurrence may fall on, in the event's zone; or {@code null}
 * @param count the number of occurrences; or {@code null}
 */
public record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> days, LocalDate until, Integer count) {

    /** The most occurrences a series may have, so that a mistyped count cannot fill the calendar for ever. */
    public static final int MAX_COUNT = 1000;

    public Recurrence {
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
