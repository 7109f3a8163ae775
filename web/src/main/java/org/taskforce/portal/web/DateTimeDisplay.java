package org.taskforce.portal.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows a stored instant ({@code timestamptz}, read as UTC) as a date and time in the person's zone and language,
 * e.g. "23 nov 2026, 08:26". Display only: {@code <f:converter converterId="portal.dateTime"/>}.
 */
@Dependent
@FacesConverter(value = "portal.dateTime", managed = true)
public class DateTimeDisplay implements Converter<OffsetDateTime> {

    @Inject
    UserLanguage userLanguage;

    @Override
    public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(userLanguage.getLocale())
                .format(value.atZoneSameInstant(UserLanguage.DEFAULT_ZONE));
    }

    @Override
    public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }
}
