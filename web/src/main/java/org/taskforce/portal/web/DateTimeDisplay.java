package org.taskforce.portal.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows a time as a day, date and time in the person's language, e.g. "lun 23 nov 2026, 08:26": a stored instant
 * ({@code OffsetDateTime} from a {@code timestamptz}) in the portal's zone, a {@link ZonedDateTime} (a calendar
 * occurrence, already in the zone the person chose) in its own zone. Display only:
 * {@code <f:converter converterId="portal.dateTime"/>}. An all-day event has no time of day: with
 * {@code <f:attribute name="allDay" value="true"/>} on the component the day is shown with "all day" instead of its
 * midnight ("lun 23 nov 2026 · Todo el día", not "0:00" or "12:00 AM").
 */
@Dependent
@FacesConverter(value = "portal.dateTime", managed = true)
public class DateTimeDisplay implements Converter<Temporal> {

    /** The component attribute that marks an all-day value. */
    public static final String ALL_DAY = "allDay";

    private static final Map<Locale, Formats> FORMATS = new ConcurrentHashMap<>();

    @Inject
    UserLanguage userLanguage;

    @Inject
    Messages messages;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Temporal value) {
        if (value == null) {
            return "";
        }
        ZonedDateTime time = value instanceof OffsetDateTime instant
                ? instant.atZoneSameInstant(UserLanguage.DEFAULT_ZONE) : ZonedDateTime.from(value);
        Formats formats = FORMATS.computeIfAbsent(userLanguage.getLocale(), Formats::new);
        String day = formats.weekday().format(time);
        if (component != null && Boolean.TRUE.equals(component.getAttributes().get(ALL_DAY))) {
            return day + formats.date().format(time) + " · " + messages.text("calendar.field.allDay");
        }
        return day + formats.dateTime().format(time);
    }

    /** The formats of one language, made once: a list of members or events formats hundreds of times a page. */
    private record Formats(DateTimeFormatter weekday, DateTimeFormatter date, DateTimeFormatter dateTime) {

        Formats(Locale locale) {
            this(DateTimeFormatter.ofPattern("EEE ", locale),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
        }
    }

    @Override
    public Temporal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }
}
