package org.taskforce.portal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.ImportPreview;
import org.taskforce.portal.calendar.boundary.ImportProblem;

/** Reading .ics files as calendar clients export them, and naming what is wrong with them. */
class ImportsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");

    static final String OUTLOOK = """
            BEGIN:VCALENDAR
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
            VERSION:2.0
            BEGIN:VTIMEZONE
            TZID:America/Santiago
            BEGIN:STANDARD
            DTSTART:20260405T000000
            TZOFFSETFROM:-0300
            TZOFFSETTO:-0400
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:weekly-1@example.org
            DTSTAMP:20261101T120000Z
            DTSTART;TZID=America/Santiago:20261202T090000
            DTEND;TZID=America/Santiago:20261202T100000
            SUMMARY:Mesa técnica semanal
            LOCATION:Sala 2
            RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6
            END:VEVENT
            BEGIN:VEVENT
            UID:allday-1@example.org
            DTSTAMP:20261101T120000Z
            DTSTART;VALUE=DATE:20261210
            DTEND;VALUE=DATE:20261212
            SUMMARY:Jornada de capacitación
            CATEGORIES:TRAINING
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void eventsKeepTheirZoneRepeatAndDays() {
        ImportPreview preview = Imports.read(bytes(OUTLOOK), ASUNCION, VALIDATOR);

        assertEquals(List.of(), preview.problems());
        assertTrue(preview.importable());
        EventDraft weekly = preview.events().get(0);
        assertEquals("Mesa técnica semanal", weekly.title());
        assertEquals(ZoneId.of("America/Santiago"), weekly.zone());
        assertEquals(LocalDateTime.of(2026, 12, 2, 9, 0), weekly.start());
        assertEquals(Frequency.WEEKLY, weekly.recurrence().frequency());
        assertEquals(6, weekly.recurrence().count());
        EventDraft training = preview.events().get(1);
        assertTrue(training.allDay());
        assertEquals(LocalDateTime.of(2026, 12, 11, 0, 0), training.end(), "its last day, not the day after");
        assertEquals("TRAINING", training.category().name());
    }

    @Test
    void eachBadEventIsNamedWithItsLine() {
        String file = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:a@x
                DTSTAMP:20261101T120000Z
                DTSTART:20261202T090000Z
                DTEND:20261202T080000Z
                SUMMARY:Backwards
                END:VEVENT
                BEGIN:VEVENT
                UID:b@x
                DTSTAMP:20261101T120000Z
                DTSTART:20261203T090000Z
                SUMMARY:Forever
                RRULE:FREQ=DAILY
                END:VEVENT
                BEGIN:VEVENT
                UID:c@x
                DTSTAMP:20261101T120000Z
                SUMMARY:No start
                END:VEVENT
                END:VCALENDAR
                """;

        List<ImportProblem> problems = Imports.read(bytes(file), ASUNCION, VALIDATOR).problems();

        assertEquals(List.of("Backwards:4:calendar.error.endBeforeStart", "Forever:11:calendar.error.repeat.unbounded",
                "No start:18:calendar.import.noStart"),
                problems.stream().map(p -> p.event() + ":" + p.line() + ":" + p.messageKey()).toList());
    }

    @Test
    void aFileThatIsNotICalendarOrTooLargeOrBrokenIsRefusedAsAWhole() {
        assertEquals("calendar.import.notICalendar",
                Imports.read(bytes("<html><body>hola</body></html>"), ASUNCION, VALIDATOR).problems().get(0)
                        .messageKey());
        assertEquals("calendar.import.tooLarge",
                Imports.read(new byte[Imports.MAX_BYTES + 1], ASUNCION, VALIDATOR).problems().get(0).messageKey());
        ImportPreview broken = Imports.read(bytes("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY x\n"),
                ASUNCION, VALIDATOR);
        assertEquals("calendar.import.malformed", broken.problems().get(0).messageKey());
        assertFalse(broken.importable());
    }

    private static byte[] bytes(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
