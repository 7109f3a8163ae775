package org.taskforce.portal.calendar.control;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.ImportPreview;
import org.taskforce.portal.calendar.boundary.ImportProblem;
import org.taskforce.portal.calendar.boundary.Recurrence;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InputRefusal;

/**
 * Reads an {@code .ics} file (from Outlook, Google Calendar, Thunderbird…) with ical4j into event drafts, and names
 * every problem with the event and the line where it begins. An event keeps its zone when the file names an IANA zone
 * ({@code America/Santiago}); other zones (Outlook's Windows names) are read through the file's own VTIMEZONE and
 * shown in the importing person's zone. Changed occurrences of a series ({@code RECURRENCE-ID})
 * are not imported: the series is.
 */
public final class Imports {

    /** The largest file accepted: a year of a busy calendar is far smaller. */
    public static final int MAX_BYTES = 1024 * 1024;

    private Imports() {
    }

    /**
     * Reads the file. Times with a zone keep it; times in UTC or without a zone are taken in {@code zone}, the
     * importing person's own. Each event is checked as the event dialog's are ({@code validator}: the constraints of
     * {@link EventDraft}).
     */
    public static ImportPreview read(byte[] file, ZoneId zone, Validator validator) {
        if (file.length > MAX_BYTES) {
            return failed(new ImportProblem(null, null, "calendar.import.tooLarge", MAX_BYTES / 1024));
        }
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (!text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return failed(new ImportProblem(null, 1, "calendar.import.notICalendar"));
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            return failed(new ImportProblem(null, e.getLineNo(), "calendar.import.malformed", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return failed(new ImportProblem(null, null, "calendar.import.malformed", String.valueOf(e.getMessage())));
        }
        List<Integer> lines = eventLines(text);
        List<EventDraft> events = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        for (int i = 0; i < vevents.size(); i++) {
            VEvent vevent = vevents.get(i);
            if (vevent.getProperty(Property.RECURRENCE_ID).isPresent()) {
                continue;
            }
            Integer line = i < lines.size() ? lines.get(i) : null;
            String name = value(vevent, Property.SUMMARY).orElse("#" + (i + 1));
            List<ImportProblem> own = new ArrayList<>();
            EventDraft draft = draft(vevent, zone, name, line, own);
            if (draft != null) {
                for (FieldProblem problem : InputRefusal.problems(validator.validate(draft))) {
                    own.add(new ImportProblem(name, line, problem.messageKey(), problem.arguments()));
                }
                events.add(draft);
            }
            problems.addAll(own);
        }
        if (events.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(null, null, "calendar.import.empty"));
        }
        return new ImportPreview(events, problems);
    }

    private static EventDraft draft(VEvent vevent, ZoneId zone, String name, Integer line,
            List<ImportProblem> problems) {
        Optional<DtStart<Temporal>> start = vevent.getStartDate();
        if (start.isEmpty()) {
            problems.add(new ImportProblem(name, line, "calendar.import.noStart"));
            return null;
        }
        Temporal first = start.get().getDate();
        boolean allDay = first instanceof LocalDate;
        Optional<ZoneId> named = start.get().getParameter(Parameter.TZID).map(Parameter::getValue)
                .filter(ZoneId.getAvailableZoneIds()::contains).map(ZoneId::of);
        ZoneId eventZone = named.orElse(zone);
        // With an IANA zone, the wall-clock time as written is the truth (a file's own VTIMEZONE may be outdated).
        boolean asWritten = named.isPresent();
        LocalDateTime begins = local(first, eventZone, asWritten);
        LocalDateTime ends;
        Optional<Temporal> end = vevent.getEndDate(false).map(dtEnd -> (Temporal) dtEnd.getDate());
        if (end.isPresent()) {
            ends = local(end.get(), eventZone, asWritten);
            if (allDay) {
                ends = ends.minusDays(1); // DTEND of an all-day event is the day after its last
            }
        } else {
            TemporalAmount length = vevent.getProperty(Property.DURATION)
                    .map(duration -> (TemporalAmount) ((net.fortuna.ical4j.model.property.Duration) duration)
                            .getDuration())
                    .orElse(allDay ? java.time.Period.ofDays(1) : Duration.ZERO);
            ends = allDay ? begins.plus(length).minusDays(1) : begins.plus(length);
        }
        Recurrence recurrence = null;
        Optional<String> rule = value(vevent, Property.RRULE);
        if (rule.isPresent()) {
            try {
                if (!Rules.bounded(rule.get())) {
                    problems.add(new ImportProblem(name, line, "calendar.error.repeat.unbounded"));
                    return null;
                }
                recurrence = Rules.recurrence(rule.get(), eventZone);
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(name, line, "calendar.import.ruleNotSupported", rule.get()));
                return null;
            }
        }
        Category category = value(vevent, Property.CATEGORIES).flatMap(Imports::category).orElse(Category.OTHER);
        return new EventDraft(value(vevent, Property.SUMMARY).orElse(null),
                value(vevent, Property.DESCRIPTION).orElse(null), value(vevent, Property.LOCATION).orElse(null),
                category, Visibility.TASK_FORCE, allDay, begins, ends, eventZone, recurrence, Set.of(), List.of());
    }

    private static LocalDateTime local(Temporal time, ZoneId zone, boolean asWritten) {
        if (time instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (time instanceof ZonedDateTime zoned) {
            return asWritten ? zoned.toLocalDateTime() : zoned.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (time instanceof LocalDateTime floating) {
            return floating;
        }
        throw new DateTimeException("Unsupported time " + time);
    }

    private static Optional<Category> category(String categories) {
        for (String name : categories.split(",")) {
            for (Category category : Category.values()) {
                if (category.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(category);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(VEvent vevent, String property) {
        return vevent.getProperty(property).map(Property::getValue).filter(value -> !value.isBlank());
    }

    /** The line (from 1) where each VEVENT of the file begins, in order. */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static ImportPreview failed(ImportProblem problem) {
        return new ImportPreview(List.of(), List.of(problem));
    }
}
