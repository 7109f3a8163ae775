package org.taskforce.portal.training.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * What an {@link AttendanceMark} counts and how sign-in sheets name it. When the coordinator enters no minutes for a
 * late or left-early person, half the session is credited (rounded down): a missing time never credits more than
 * the person may have attended, and the coordinator can always enter the real figure.
 */
public final class MarkRules {

    /**
     * The words a sign-in sheet may use for each mark, in Spanish and English, lower case and without accents: a sheet
     * typed from paper says "presente" or "tarde", not {@code LEFT_EARLY}.
     */
    private static final Map<String, AttendanceMark> WORDS = Map.ofEntries(
            Map.entry("present", AttendanceMark.PRESENT), Map.entry("presente", AttendanceMark.PRESENT),
            Map.entry("p", AttendanceMark.PRESENT),
            Map.entry("late", AttendanceMark.LATE), Map.entry("tarde", AttendanceMark.LATE),
            Map.entry("llego tarde", AttendanceMark.LATE),
            Map.entry("left early", AttendanceMark.LEFT_EARLY), Map.entry("salio antes", AttendanceMark.LEFT_EARLY),
            Map.entry("retiro anticipado", AttendanceMark.LEFT_EARLY),
            Map.entry("absent", AttendanceMark.ABSENT), Map.entry("ausente", AttendanceMark.ABSENT),
            Map.entry("a", AttendanceMark.ABSENT),
            Map.entry("excused", AttendanceMark.EXCUSED), Map.entry("justificado", AttendanceMark.EXCUSED),
            Map.entry("justificada", AttendanceMark.EXCUSED),
            Map.entry("ausencia justificada", AttendanceMark.EXCUSED));

    private MarkRules() {
    }

    /**
     * The minutes {@code mark} credits in a session of {@code sessionMinutes} when none were entered: all of it when
     * present, none when absent or excused, half of it when late or left early.
     */
    public static int defaultMinutes(AttendanceMark mark, long sessionMinutes) {
        return switch (mark) {
            case PRESENT -> (int) sessionMinutes;
            case LATE, LEFT_EARLY -> (int) (sessionMinutes / 2);
            case ABSENT, EXCUSED -> 0;
        };
    }

    /** Whether the coordinator may enter the minutes: only for a partial attendance. */
    public static boolean partial(AttendanceMark mark) {
        return mark == AttendanceMark.LATE || mark == AttendanceMark.LEFT_EARLY;
    }

    /** The minutes to store for {@code mark}: the entered ones for a partial mark (within the session), else the default. */
    public static int minutes(AttendanceMark mark, Integer entered, long sessionMinutes) {
        long minutes = entered != null && partial(mark) ? entered : defaultMinutes(mark, sessionMinutes);
        return (int) Math.max(0, Math.min(Math.max(0, sessionMinutes), minutes));
    }

    /** The mark a sign-in sheet's word names (Spanish or English, any case, accents or not), if any. */
    public static Optional<AttendanceMark> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return Optional.ofNullable(WORDS.get(plain)).or(() -> Arrays.stream(AttendanceMark.values())
                .filter(mark -> mark.name().replace('_', ' ').equalsIgnoreCase(plain)).findFirst());
    }
}
