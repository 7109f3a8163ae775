package org.taskforce.portal.calendar.control;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.OccurrenceChange;

/**
 * The occurrences of an event in a period: its rule expanded by ical4j ({@link Rules}), without the cancelled
 * occurrences, with the moved ones where they were moved to (also when they were moved into the period from outside
 * it), in the event's own zone.
 */
public final class Occurrences {

    /**
     * One occurrence.
     *
     * @param originalStart where the rule puts it; {@code null} for an event that does not repeat
     * @param title its own title if it was changed, else the event's
     */
    public record Slot(ZonedDateTime start, ZonedDateTime end, ZonedDateTime originalStart, String title,
            String location) {
    }

    private Occurrences() {
    }

    /** The occurrences of the event that overlap {@code [from, to)}, by start. */
    public static List<Slot> between(CalendarEvent event, Instant from, Instant to) {
        ZonedDateTime seed = event.getStartsAt().atZoneSameInstant(event.getZone());
        Duration length = Duration.between(event.getStartsAt(), event.getEndsAt());
        if (event.getRrule() == null) {
            ZonedDateTime end = seed.plus(length);
            return overlaps(seed, end, from, to)
                    ? List.of(new Slot(seed, end, null, event.getTitle(), event.getLocation())) : List.of();
        }
        List<Slot> slots = new ArrayList<>();
        Set<Instant> expanded = new HashSet<>();
        ZonedDateTime windowStart = from.minus(length).atZone(event.getZone());
        for (ZonedDateTime start : Rules.starts(event.getRrule(), seed, windowStart, to.atZone(event.getZone()))) {
            expanded.add(start.toInstant());
            slot(event, start, length, from, to).ifPresent(slots::add);
        }
        // Occurrences moved into the period from a place outside it.
        for (OccurrenceChange change : event.getChanges()) {
            if (!change.isCancelled() && !expanded.contains(change.getOriginalStart().toInstant())) {
                ZonedDateTime original = change.getOriginalStart().atZoneSameInstant(event.getZone());
                slot(event, original, length, from, to).ifPresent(slots::add);
            }
        }
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    private static Optional<Slot> slot(CalendarEvent event, ZonedDateTime original, Duration length,
            Instant from, Instant to) {
        OffsetDateTime key = original.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        Optional<OccurrenceChange> change = event.change(key);
        if (change.map(OccurrenceChange::isCancelled).orElse(false)) {
            return Optional.empty();
        }
        ZonedDateTime start = change.map(c -> c.getStartsAt().atZoneSameInstant(event.getZone())).orElse(original);
        ZonedDateTime end = change.map(c -> c.getEndsAt().atZoneSameInstant(event.getZone()))
                .orElse(original.plus(length));
        if (!overlaps(start, end, from, to)) {
            return Optional.empty();
        }
        String title = change.map(OccurrenceChange::getTitle).orElse(null);
        String location = change.map(OccurrenceChange::getLocation).orElse(null);
        return Optional.of(new Slot(start, end, original, title == null ? event.getTitle() : title,
                location == null ? event.getLocation() : location));
    }

    private static boolean overlaps(ZonedDateTime start, ZonedDateTime end, Instant from, Instant to) {
        return start.toInstant().isBefore(to) && end.toInstant().isAfter(from);
    }
}
