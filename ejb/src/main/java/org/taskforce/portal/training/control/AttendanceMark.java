package org.taskforce.portal.training.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a confirmed participant attended one session, as the coordinator marks it or a sign-in sheet says. The mark
 * decides the minutes credited when the coordinator enters none: {@link #defaultMinutes(long)}.
 */
public enum AttendanceMark {
    /** The whole session. */
    PRESENT,
    /** Came late: the minutes the coordinator enters, half the session if none. */
    LATE,
    /** Left before the end: the minutes the coordinator enters, half the session if none. */
    LEFT_EARLY,
    /** Not there: no minutes. */
    ABSENT,
    /** Not there with a reason the coordinator accepted: no minutes either (excused is not attended). */
    EXCUSED;

    /**
     * The words a sign-in sheet may use for each mark, in Spanish and English, lower case and without accents: a
     * sheet typed from paper says "presente" or "tarde", not {@code LEFT_EARLY}.
     */
    private static final Map<String, AttendanceMark> WORDS = Map.ofEntries(
            Map.entry("present", PRESENT), Map.entry("presente", PRESENT), Map.entry("p", PRESENT),
            Map.entry("late", LATE), Map.entry("tarde", LATE), Map.entry("llego tarde", LATE),
            Map.entry("left early", LEFT_EARLY), Map.entry("left_early", LEFT_EARLY),
            Map.entry("salio antes", LEFT_EARLY), Map.entry("retiro anticipado", LEFT_EARLY),
            Map.entry("absent", ABSENT), Map.entry("ausente", ABSENT), Map.entry("a", ABSENT),
            Map.entry("excused", EXCUSED), Map.entry("justificado", EXCUSED), Map.entry("justificada", EXCUSED),
            Map.entry("ausencia justificada", EXCUSED));

    /**
     * The minutes credited for this mark in a session of {@code sessionMinutes} when the coordinator entered none:
     * all of it when present, none when absent or excused, and half of it (rounded down) when late or left early, so
     * that a missing time never credits more than the person may have attended.
     */
    public int defaultMinutes(long sessionMinutes) {
        return switch (this) {
            case PRESENT -> (int) sessionMinutes;
            case LATE, LEFT_EARLY -> (int) (sessionMinutes / 2);
            case ABSENT, EXCUSED -> 0;
        };
    }

    /** Whether the coordinator may enter the minutes: only for a partial attendance. */
    public boolean partial() {
        return this == LATE || this == LEFT_EARLY;
    }

    /** The mark a sign-in sheet's word names (Spanish or English, any case, accents or not), if any. */
    public static Optional<AttendanceMark> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String plain = java.text.Normalizer.normalize(word.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.ofNullable(WORDS.get(plain))
                .or(() -> java.util.Arrays.stream(values()).filter(mark -> mark.name().equalsIgnoreCase(plain))
                        .findFirst());
    }
}
