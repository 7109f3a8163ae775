package org.taskforce.portal.calendar.control;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.taskforce.portal.calendar.boundary.Texts;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.OccurrenceChange;

/**
 * Writes a member's iCalendar feed with ical4j: one {@code VEVENT} per event with its stable {@code UID},
 * {@code DTSTAMP} (last change) and {@code SEQUENCE}, the rule ({@code RRULE}), cancelled occurrences as
 * {@code EXDATE}, changed occurrences as their own {@code VEVENT} with a {@code RECURRENCE-ID}, reminders as
 * {@code VALARM}, and a {@code VTIMEZONE} for every zone used. Calendar clients follow edits (a higher SEQUENCE),
 * cancellations (an EXDATE) and deletions (the event is gone from the feed).
 *
 * <p>The feed is plain RFC 5545, valid as a strict validator (ical4j's, not relaxed) reads it:
 * <ul>
 * <li>lines folded at 75 octets ({@link ContentLines});</li>
 * <li>a changed occurrence carries the series' reminders: it replaces the occurrence whole, so calendar apps would
 * otherwise not remind for it;</li>
 * <li>categories are words in the subscriber's language ({@code CATEGORIES;LANGUAGE=es:Reunión}), as the calendar
 * screen names them;</li>
 * <li>no {@code METHOD}: a subscription is not a scheduling message (RFC 5545 §3.7.2), and {@code METHOD:PUBLISH}
 * would bring in iTIP's rule that every event names its {@code ORGANIZER}, that is, people's e-mail addresses in
 * every subscriber's calendar app.</li>
 * </ul>
 *
 * <p><b>Operations are refused here as a last line</b>: the caller never passes one, and if it did, it is left out.
 */
public final class Feeds {

    /** How often calendar clients should read the feed again. */
    public static final Duration REFRESH = Duration.ofHours(1);

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Feeds() {
    }

    /**
     * The feed of the given events, named for the calendar clients' list of calendars.
     *
     * @param language the subscriber's language, for the words the feed adds (categories)
     * @param texts how to say a bundle key in that language
     */
    public static String write(String calendarName, Collection<CalendarEvent> events, Locale language, Texts texts) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Task Force Portal//Calendar//ES"));
        calendar.add(new Version(new ParameterList(), "2.0"));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(new XProperty("REFRESH-INTERVAL", new ParameterList(
                List.of(new Value("DURATION"))), REFRESH.toString()));
        Set<ZoneId> zones = new LinkedHashSet<>();
        List<VEvent> components = new ArrayList<>();
        for (CalendarEvent event : events) {
            if (event.getCategory() == Category.OPERATION) {
                continue;
            }
            if (!event.isAllDay()) {
                zones.add(event.getZone());
            }
            Categories category = new Categories(new ParameterList(List.of(new Language(language.toLanguageTag()))),
                    new TextList(texts.of(event.getCategory().bundleKey(), language)));
            components.add(master(event, category));
            for (OccurrenceChange change : event.getChanges()) {
                if (!change.isCancelled()) {
                    components.add(override(event, change, category));
                }
            }
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        components.forEach(calendar::add);
        return ContentLines.fold(calendar.toString());
    }

    private static VEvent master(CalendarEvent event, Categories category) {
        VEvent vevent = timed(event, event.getStartsAt().atZoneSameInstant(event.getZone()),
                event.getEndsAt().atZoneSameInstant(event.getZone()), event.getTitle());
        describe(vevent, event, event.getLocation(), category);
        if (event.getRrule() != null) {
            vevent.add(new RRule<>(event.getRrule()));
            List<ZonedDateTime> cancelled = event.getChanges().stream().filter(OccurrenceChange::isCancelled)
                    .map(change -> change.getOriginalStart().atZoneSameInstant(event.getZone())).toList();
            if (!cancelled.isEmpty()) {
                vevent.add(event.isAllDay()
                        ? new ExDate<>(new DateList<>(cancelled.stream().map(ZonedDateTime::toLocalDate).toList()))
                        : new ExDate<>(zoned(event.getZone()), new DateList<>(cancelled)));
            }
        }
        remind(vevent, event, event.getTitle());
        return vevent;
    }

    private static VEvent override(CalendarEvent event, OccurrenceChange change, Categories category) {
        String title = change.getTitle() == null ? event.getTitle() : change.getTitle();
        VEvent vevent = timed(event, change.getStartsAt().atZoneSameInstant(event.getZone()),
                change.getEndsAt().atZoneSameInstant(event.getZone()), title);
        ZonedDateTime original = change.getOriginalStart().atZoneSameInstant(event.getZone());
        vevent.add(event.isAllDay() ? new RecurrenceId<>(original.toLocalDate())
                : new RecurrenceId<>(zoned(event.getZone()), original));
        describe(vevent, event, change.getLocation() == null ? event.getLocation() : change.getLocation(), category);
        remind(vevent, event, title);
        return vevent;
    }

    /** The series' reminders, each an alarm that shows the occurrence's title. */
    private static void remind(VEvent vevent, CalendarEvent event, String title) {
        for (Integer minutes : event.getReminderMinutes()) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-minutes));
            alarm.add(new Action("DISPLAY"));
            alarm.add(new Description(title));
            vevent.add(alarm);
        }
    }

    private static VEvent timed(CalendarEvent event, ZonedDateTime start, ZonedDateTime end, String title) {
        Temporal first = event.isAllDay() ? start.toLocalDate() : start;
        Temporal last = event.isAllDay() ? end.toLocalDate() : end;
        return new VEvent(first, last, title);
    }

    private static void describe(VEvent vevent, CalendarEvent event, String location, Categories category) {
        vevent.add(new Uid(event.getUid()));
        vevent.replace(new DtStamp(event.getUpdatedAt().toInstant()));
        vevent.add(new Sequence(event.getSequence()));
        vevent.add(category);
        if (event.getDescription() != null) {
            vevent.add(new Description(event.getDescription()));
        }
        if (location != null) {
            vevent.add(new Location(location));
        }
    }

    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }
}
