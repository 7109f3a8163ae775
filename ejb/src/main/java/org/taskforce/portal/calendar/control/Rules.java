package org.taskforce.portal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.Recurrence;

/**
 * RFC 5545 recurrence rules, through ical4j: a person's {@link Recurrence} as rule text and back, the starts a rule
 * gives in a period, and a series cut in two ("this and the following occurrences").
 *
 * <p>A rule's {@code UNTIL} is the end of the last day, in the event's zone: as a UTC date-time for timed events
 * (RFC 5545 wants UTC when the start has a zone) and as a date for all-day events. Every frequency offered repeats at
 * most daily, so a series cut at an occurrence ends at the end of the day before it.
 */
public final class Rules {

    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Past the end of any bounded series: ical4j stops at the rule's UNTIL or COUNT (at most
     * {@link org.taskforce.portal.calendar.boundary.Recurrence#MAX_COUNT} occurrences, yearly at most), not here.
     */
    private static final int SERIES_YEARS = 10_000;

    private Rules() {
    }

    /**
     * The rule text of a recurrence, for a series whose first occurrence is {@code start}.
     *
     * @throws IllegalArgumentException if ical4j does not accept it
     */
    public static String rule(Recurrence recurrence, ZonedDateTime start, boolean allDay) {
        StringBuilder rule = new StringBuilder("FREQ=").append(recurrence.frequency().name());
        if (recurrence.interval() > 1) {
            rule.append(";INTERVAL=").append(recurrence.interval());
        }
        if (recurrence.frequency() == Frequency.WEEKLY) {
            Set<DayOfWeek> days = recurrence.days().isEmpty() ? Set.of(start.getDayOfWeek()) : recurrence.days();
            rule.append(";BYDAY=").append(EnumSet.copyOf(days).stream()
                    .map(day -> day.name().substring(0, 2)).collect(Collectors.joining(",")));
        }
        if (recurrence.count() != null) {
            rule.append(";COUNT=").append(recurrence.count());
        } else {
            rule.append(";UNTIL=").append(until(recurrence.until(), start.getZone(), allDay));
        }
        return new Recur<>(rule.toString()).toString();
    }

    /** The recurrence a rule describes, as the event dialog shows it; {@code null} for no rule. */
    public static Recurrence recurrence(String rule, ZoneId zone) {
        if (rule == null) {
            return null;
        }
        Recur<Temporal> recur = new Recur<>(rule);
        Set<DayOfWeek> days = recur.getDayList().stream().map(Rules::dayOfWeek)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        LocalDate until = null;
        Temporal last = recur.getUntil();
        if (last instanceof LocalDate date) {
            until = date;
        } else if (last instanceof OffsetDateTime instant) {
            until = instant.atZoneSameInstant(zone).toLocalDate();
        } else if (last instanceof ZonedDateTime zoned) {
            until = zoned.withZoneSameInstant(zone).toLocalDate();
        }
        return new Recurrence(Frequency.valueOf(recur.getFrequency().name()), Math.max(1, recur.getInterval()), days,
                until, recur.getCount() > 0 ? recur.getCount() : null);
    }

    /** Whether a rule has an end (UNTIL or COUNT); a series without one would never end. */
    public static boolean bounded(String rule) {
        Recur<Temporal> recur = new Recur<>(rule);
        return recur.getUntil() != null || recur.getCount() > 0;
    }

    /**
     * The start of a series' last occurrence, where its rule puts it ({@code seed} itself if the rule gives no later
     * one); empty for a rule without end.
     */
    public static Optional<ZonedDateTime> lastStart(String rule, ZonedDateTime seed) {
        if (!bounded(rule)) {
            return Optional.empty();
        }
        List<ZonedDateTime> starts = starts(rule, seed, seed, seed.plusYears(SERIES_YEARS));
        return Optional.of(starts.isEmpty() ? seed : starts.get(starts.size() - 1));
    }

    /** The starts of a series in {@code [from, to)}, in the zone of its first occurrence {@code seed}. */
    public static List<ZonedDateTime> starts(String rule, ZonedDateTime seed, ZonedDateTime from, ZonedDateTime to) {
        Recur<ZonedDateTime> recur = new Recur<>(rule);
        return recur.getDates(seed, from, to).stream()
                .filter(start -> !start.isBefore(from) && start.isBefore(to))
                .toList();
    }

    /**
     * The rule of the part of a series before the occurrence {@code cut}; {@code null} if nothing is left before it.
     */
    public static String before(String rule, ZonedDateTime seed, ZonedDateTime cut, boolean allDay) {
        Recurrence recurrence = recurrence(rule, seed.getZone());
        int earlier = starts(rule, seed, seed, cut).size();
        if (earlier == 0) {
            return null;
        }
        Recurrence shortened = recurrence.count() != null
                ? new Recurrence(recurrence.frequency(), recurrence.interval(), recurrence.days(), null, earlier)
                : new Recurrence(recurrence.frequency(), recurrence.interval(), recurrence.days(),
                        cut.toLocalDate().minusDays(1), null);
        return rule(shortened, seed, allDay);
    }

    /**
     * The rule of the part of a series from the occurrence {@code cut} on, for a new series starting there;
     * {@code null} if {@code cut} is its only occurrence left.
     */
    public static String from(String rule, ZonedDateTime seed, ZonedDateTime cut, boolean allDay) {
        Recurrence recurrence = recurrence(rule, seed.getZone());
        if (recurrence.count() == null) {
            return rule(recurrence, cut, allDay);
        }
        int left = recurrence.count() - starts(rule, seed, seed, cut).size();
        return left <= 1 ? null : rule(new Recurrence(recurrence.frequency(), recurrence.interval(),
                recurrence.days(), null, left), cut, allDay);
    }

    private static String until(LocalDate lastDay, ZoneId zone, boolean allDay) {
        if (allDay) {
            return lastDay.format(DATE);
        }
        return lastDay.plusDays(1).atStartOfDay(zone).minusSeconds(1)
                .withZoneSameInstant(ZoneOffset.UTC).format(UTC_DATE_TIME);
    }

    private static DayOfWeek dayOfWeek(WeekDay day) {
        String code = day.getDay().name().toUpperCase(Locale.ROOT);
        return EnumSet.allOf(DayOfWeek.class).stream()
                .filter(candidate -> candidate.name().startsWith(code)).findFirst().orElseThrow();
    }
}
