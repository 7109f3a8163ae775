package org.taskforce.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * The value of the browser's own date and time fields ({@code <input type="datetime-local">} and
 * {@code type="date"}), which send and take ISO text ({@code 2026-12-05T10:00}, {@code 2026-12-05}) whatever the
 * person's language: the browser shows them in the person's own format and gives phones their native picker. A value
 * the browser would never send is refused on its field, translated.
 *
 * <p>{@code <p:inputText type="datetime-local" converter="portal.dateTimeInput"/>}, and {@code portal.dateInput} for a
 * day, {@code portal.timeInput} for a time of day ({@code type="time"}).
 */
public abstract class DateTimeInput<T extends Temporal> implements Converter<T> {

    /** A date and a time of day, to the minute. */
    @FacesConverter("portal.dateTimeInput")
    public static class OfDateTime extends DateTimeInput<LocalDateTime> {

        @Override
        LocalDateTime parse(String text) {
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
        }

        @Override
        String format(LocalDateTime value) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value.truncatedTo(ChronoUnit.MINUTES));
        }
    }

    /** A day. */
    @FacesConverter("portal.dateInput")
    public static class OfDate extends DateTimeInput<LocalDate> {

        @Override
        LocalDate parse(String text) {
            return LocalDate.parse(text);
        }

        @Override
        String format(LocalDate value) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
        }
    }

    /** A time of day, to the minute ({@code <input type="time">} sends {@code 09:30}). */
    @FacesConverter("portal.timeInput")
    public static class OfTime extends DateTimeInput<LocalTime> {

        @Override
        LocalTime parse(String text) {
            return LocalTime.parse(text).truncatedTo(ChronoUnit.MINUTES);
        }

        @Override
        String format(LocalTime value) {
            return DateTimeFormatter.ofPattern("HH:mm").format(value);
        }
    }

    abstract T parse(String text);

    abstract String format(T value);

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value.strip());
        } catch (DateTimeParseException e) {
            Messages messages = jakarta.enterprise.inject.spi.CDI.current().select(Messages.class).get();
            Object label = component.getAttributes().get("label");
            String text = messages.text("validation.dateTime");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? text : label + ": " + text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : format(value);
    }
}
