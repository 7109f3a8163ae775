package org.taskforce.portal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.boundary.Texts;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.taskforce.entity.MemberProfile;

/**
 * The feed as ical4j's parser reads it back (strict: the project relaxes none of its hints). The validators' verdict
 * on the whole feed, as a calendar app downloads it, is {@code CalendarFeedIT}'s.
 */
class FeedsTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2027, 3, 24, 9, 0, 0, 0, SANTIAGO);
    private static final String DESCRIPTION = "Coordinación semanal de la mesa: revisión de la agenda común con "
            + "Fiscalía, Policía Nacional, Migraciones y la Secretaría de la Niñez — traer información de Ñeembucú, "
            + "Itapúa y Alto Paraná; acta en la próxima reunión.\nSegunda línea, con «comillas».";

    /** The bundles' words, as the web module would give them. */
    private static final Texts WORDS = (key, language) -> Map.of(
            "es", Map.of("calendar.category.MEETING", "Reunión", "calendar.category.TRAINING", "Capacitación"),
            "en", Map.of("calendar.category.MEETING", "Meeting", "calendar.category.TRAINING", "Training"))
            .get(language.getLanguage()).get(key);

    @Test
    void everyLineIsAtMost75OctetsAndALongSpanishDescriptionUnfoldsToTheOriginal() throws Exception {
        String feed = Feeds.write("Alto Paraná", List.of(series()), Locale.forLanguageTag("es"), WORDS);

        assertTrue(feed.endsWith("\r\n"));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\n") || line.contains("\r"), "no bare line breaks");
        }
        assertTrue(feed.contains("\r\n "), "the description is folded");
        VEvent master = occurrence(events(feed), false);
        assertEquals(DESCRIPTION, master.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
    }

    @Test
    void aMovedOccurrenceRemindsLikeItsSeriesAndACancelledOneIsNotThere() throws Exception {
        List<VEvent> events = events(Feeds.write("Alto Paraná", List.of(series()), Locale.forLanguageTag("es"),
                WORDS));

        assertEquals(2, events.size(), "the series and its moved occurrence; the cancelled one is an EXDATE");
        VEvent master = occurrence(events, false);
        VEvent moved = occurrence(events, true);
        assertEquals(List.of("-PT30M", "-P1D"), triggers(master));
        assertEquals(triggers(master), triggers(moved));
        assertEquals(List.of("Moved to Thursday", "Moved to Thursday"), moved.getAlarms().stream()
                .map(alarm -> alarm.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).toList());
        assertTrue(master.getProperty(Property.EXDATE).isPresent());
    }

    @Test
    void categoriesAreWordsInTheSubscribersLanguage() throws Exception {
        List<CalendarEvent> events = List.of(series(), training());

        String spanish = Feeds.write("Alto Paraná", events, Locale.forLanguageTag("es"), WORDS);
        String english = Feeds.write("Alto Paraná", events, Locale.forLanguageTag("en"), WORDS);

        assertEquals(List.of("Reunión", "Reunión", "Capacitación"), categories(spanish));
        assertEquals(List.of("Meeting", "Meeting", "Training"), categories(english));
        assertTrue(spanish.contains("CATEGORIES;LANGUAGE=es:Reunión\r\n"), spanish);
        assertFalse(english.contains("MEETING"), english);
    }

    @Test
    void anOperationIsLeftOutEvenIfACallerPassedOne() {
        CalendarEvent operation = event("Operativo Ñu Guasu", Category.OPERATION, Visibility.LISTED, null);

        String feed = Feeds.write("Alto Paraná", List.of(operation), Locale.forLanguageTag("es"), WORDS);

        assertFalse(feed.contains("Ñu Guasu"));
        assertFalse(feed.contains("VEVENT"));
    }

    /** Weekly on Wednesdays, six times, reminded 30 minutes and a day before: the second cancelled, the third moved. */
    private static CalendarEvent series() {
        CalendarEvent series = event("Reunión semanal", Category.MEETING, Visibility.TASK_FORCE,
                "FREQ=WEEKLY;BYDAY=WE;COUNT=6");
        series.remind(List.of(30, 1440));
        series.occurrence(utc(WEDNESDAY.plusWeeks(1))).cancel();
        series.occurrence(utc(WEDNESDAY.plusWeeks(2))).reschedule(utc(WEDNESDAY.plusWeeks(2).plusDays(1)),
                utc(WEDNESDAY.plusWeeks(2).plusDays(1).plusHours(1)), "Moved to Thursday", null);
        return series;
    }

    private static CalendarEvent training() {
        return event("Capacitación en entrevistas", Category.TRAINING, Visibility.TASK_FORCE, null);
    }

    private static CalendarEvent event(String title, Category category, Visibility visibility, String rule) {
        CalendarEvent event = new CalendarEvent(title.hashCode() + "@portal.test", new MemberProfile("organiser"),
                utc(WEDNESDAY.minusWeeks(1)));
        event.describe(title, DESCRIPTION, "Sala 2, Fiscalía Regional", category, visibility, null);
        event.schedule(false, utc(WEDNESDAY), utc(WEDNESDAY.plusHours(1)), SANTIAGO, rule);
        return event;
    }

    private static List<VEvent> events(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT");
    }

    /** The series ({@code false}) or its one moved occurrence ({@code true}). */
    private static VEvent occurrence(List<VEvent> events, boolean moved) {
        return events.stream().filter(event -> event.getProperty(Property.RECURRENCE_ID).isPresent() == moved)
                .findFirst().orElseThrow();
    }

    private static List<String> triggers(VEvent event) {
        return event.getAlarms().stream().map(alarm -> alarm.getProperty(Property.TRIGGER))
                .map(trigger -> trigger.orElseThrow().getValue()).toList();
    }

    private static List<String> categories(String feed) throws Exception {
        return events(feed).stream().map(event -> event.getProperty(Property.CATEGORIES).orElseThrow().getValue())
                .toList();
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
