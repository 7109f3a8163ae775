package org.taskforce.portal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.Recurrence;

/** Recurrence rules through ical4j, across a daylight-saving change. */
class RulesTest {

    /** Chile changes from summer time (UTC-3) to winter time (UTC-4) on the first Sunday of April 2026. */
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private static final ZonedDateTime WEDNESDAY_NINE = ZonedDateTime.of(2026, 3, 25, 9, 0, 0, 0, SANTIAGO);

    @Test
    void aWeeklyMeetingStaysAtNineLocalTimeAcrossTheDaylightSavingChange() {
        String rule = Rules.rule(new Recurrence(Frequency.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), null, 4),
                WEDNESDAY_NINE, false);

        List<ZonedDateTime> starts = Rules.starts(rule, WEDNESDAY_NINE, WEDNESDAY_NINE.minusDays(1),
                WEDNESDAY_NINE.plusMonths(2));

        assertEquals(4, starts.size());
        starts.forEach(start -> assertEquals(LocalTime.of(9, 0), start.toLocalTime()));
        assertEquals(ZoneOffset.ofHours(-3), starts.get(0).getOffset());
        assertEquals(ZoneOffset.ofHours(-4), starts.get(3).getOffset());
        assertEquals(LocalDate.of(2026, 4, 15), starts.get(3).toLocalDate());
    }

    @Test
    void untilIsTheEndOfTheLastDayInUtcForTimedEventsAndADateForAllDayOnes() {
        Recurrence untilApril8 = new Recurrence(Frequency.WEEKLY, 1, Set.of(), LocalDate.of(2026, 4, 8), null);

        String timed = Rules.rule(untilApril8, WEDNESDAY_NINE, false);
        String allDay = Rules.rule(untilApril8, WEDNESDAY_NINE.toLocalDate().atStartOfDay(SANTIAGO), true);

        assertTrue(timed.contains("UNTIL=20260409T035959Z"), timed); // 23:59:59 at UTC-4
        assertTrue(allDay.contains("UNTIL=20260408") && !allDay.contains("UNTIL=20260408T"), allDay);
        assertTrue(timed.contains("BYDAY=WE"), "the day of the first occurrence when none is chosen: " + timed);
        assertEquals(3, Rules.starts(timed, WEDNESDAY_NINE, WEDNESDAY_NINE, WEDNESDAY_NINE.plusYears(1)).size());
    }

    @Test
    void aRuleReadsBackAsTheRecurrenceItWasMadeFrom() {
        Recurrence everyOtherMondayAndFriday = new Recurrence(Frequency.WEEKLY, 2,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 12, 31), null);
        Recurrence monthlyTenTimes = new Recurrence(Frequency.MONTHLY, 1, Set.of(), null, 10);

        assertEquals(everyOtherMondayAndFriday,
                Rules.recurrence(Rules.rule(everyOtherMondayAndFriday, WEDNESDAY_NINE, false), SANTIAGO));
        assertEquals(monthlyTenTimes, Rules.recurrence(Rules.rule(monthlyTenTimes, WEDNESDAY_NINE, false), SANTIAGO));
        assertNull(Rules.recurrence(null, SANTIAGO));
    }

    @Test
    void aRuleWithoutUntilOrCountIsUnbounded() {
        assertFalse(Rules.bounded("FREQ=DAILY"));
        assertTrue(Rules.bounded("FREQ=DAILY;COUNT=3"));
        assertTrue(Rules.bounded("FREQ=DAILY;UNTIL=20261231T000000Z"));
    }

    @Test
    void cuttingACountedSeriesSharesItsOccurrencesBetweenTheTwoParts() {
        String sixTimes = Rules.rule(new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, 6), WEDNESDAY_NINE, false);
        ZonedDateTime third = WEDNESDAY_NINE.plusWeeks(2);

        String before = Rules.before(sixTimes, WEDNESDAY_NINE, third, false);
        String from = Rules.from(sixTimes, WEDNESDAY_NINE, third, false);

        assertEquals(2, Rules.starts(before, WEDNESDAY_NINE, WEDNESDAY_NINE, WEDNESDAY_NINE.plusYears(1)).size());
        assertEquals(4, Rules.starts(from, third, third, third.plusYears(1)).size());
        assertNull(Rules.before(sixTimes, WEDNESDAY_NINE, WEDNESDAY_NINE, false), "nothing before the first");
    }

    @Test
    void cuttingASeriesWithAnEndDateEndsTheFirstPartTheDayBefore() {
        String untilMay = Rules.rule(new Recurrence(Frequency.DAILY, 1, Set.of(), LocalDate.of(2026, 5, 31), null),
                WEDNESDAY_NINE, false);
        ZonedDateTime cut = WEDNESDAY_NINE.plusDays(10);

        String before = Rules.before(untilMay, WEDNESDAY_NINE, cut, false);

        List<ZonedDateTime> kept = Rules.starts(before, WEDNESDAY_NINE, WEDNESDAY_NINE, WEDNESDAY_NINE.plusYears(1));
        assertEquals(10, kept.size());
        assertEquals(cut.minusDays(1), kept.get(9));
    }
}
