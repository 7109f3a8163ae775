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
        String day = DateTimeFormatter.ofPattern("EEE ", userLanguage.getLocale()).format(time);
        if (component != null && Boolean.TRUE.equals(component.getAttributes().get(ALL_DAY))) {
            return day + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(userLanguage.getLocale())
                    .format(time) + " · " + messages.text("calendar.field.allDay");
        }
        return day + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(userLanguage.getLocale()).format(time);
    }

    @Override
    public Temporal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }
}
