package org.taskforce.portal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.Recurrence;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/** A series' occurrences with its cancelled and moved ones. */
class OccurrencesTest {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ASUNCION);

    @Test
    void cancelledOccurrencesAreLeftOutAndMovedOnesShowWhereTheyWereMoved() {
        CalendarEvent weekly = weekly(5);
        weekly.occurrence(utc(MONDAY.plusWeeks(1))).cancel();
        weekly.occurrence(utc(MONDAY.plusWeeks(2))).reschedule(utc(MONDAY.plusWeeks(2).plusDays(1)),
                utc(MONDAY.plusWeeks(2).plusDays(1).plusHours(1)), "Moved to Tuesday", null);

        List<Occurrences.Slot> slots = Occurrences.between(weekly, MONDAY.minusDays(1).toInstant(),
                MONDAY.plusWeeks(6).toInstant());

        assertEquals(4, slots.size());
        Occurrences.Slot moved = slots.get(1);
        assertEquals(DayOfWeek.TUESDAY, moved.start().getDayOfWeek());
        assertEquals("Moved to Tuesday", moved.title());
        assertEquals(MONDAY.plusWeeks(2).toInstant(), moved.originalStart().toInstant());
        assertEquals("Weekly", slots.get(0).title());
    }

    @Test
    void anOccurrenceMovedIntoThePeriodFromOutsideItIsThere() {
        CalendarEvent weekly = weekly(5);
        ZonedDateTime fourth = MONDAY.plusWeeks(3);
        weekly.occurrence(utc(fourth)).reschedule(utc(MONDAY.plusDays(2)), utc(MONDAY.plusDays(2).plusHours(1)),
                null, null);

        List<Occurrences.Slot> firstWeek = Occurrences.between(weekly, MONDAY.minusDays(1).toInstant(),
                MONDAY.plusDays(6).toInstant());

        assertEquals(2, firstWeek.size());
        assertEquals(fourth.toInstant(), firstWeek.get(1).originalStart().toInstant());
    }

    @Test
    void aSingleEventIsOneOccurrenceWithoutOriginalStartOnlyWhenItOverlapsThePeriod() {
        CalendarEvent single = event(null);

        assertEquals(1, Occurrences.between(single, MONDAY.minusHours(1).toInstant(),
                MONDAY.plusMinutes(1).toInstant()).size());
        assertNull(Occurrences.between(single, MONDAY.toInstant(), MONDAY.plusHours(1).toInstant()).get(0)
                .originalStart());
        assertTrue(Occurrences.between(single, MONDAY.plusHours(1).toInstant(), MONDAY.plusYears(1).toInstant())
                .isEmpty(), "an event that ended before the period");
    }

    private static CalendarEvent weekly(int count) {
        return event(Rules.rule(new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, count), MONDAY, false));
    }

    private static CalendarEvent event(String rule) {
        CalendarEvent event = new CalendarEvent("test@portal", new MemberProfile("subject"), utc(MONDAY));
        event.describe("Weekly", null, null, Category.MEETING, Visibility.TASK_FORCE, null);
        event.schedule(false, utc(MONDAY), utc(MONDAY.plusHours(1)), ASUNCION, rule);
        return event;
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
