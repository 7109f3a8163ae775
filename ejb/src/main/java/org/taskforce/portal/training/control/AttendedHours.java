package org.taskforce.portal.training.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * Hours attended and completion, computed from a training's sessions and its attendance marks, never stored: a
 * changed mark, a moved session or a changed completion rule is seen at once everywhere (attendance page,
 * certificates, liaison reports, national figures).
 *
 * <p>A participant completed when the minutes credited to them are at least {@code completionPercent} of the
 * training's minutes (all its sessions). Credited minutes per session are the minutes the coordinator entered, else
 * the mark's default ({@link MarkRules#defaultMinutes}), never more than the session's length and never below 0.
 * A session without a mark for someone credits nothing. A training without sessions is completed by no one.
 */
public final class AttendedHours {

    /** The completion rule when a training names none: at least 80 % of its hours. */
    public static final int DEFAULT_COMPLETION_PERCENT = 80;

    private AttendedHours() {
    }

    /** One participant's result. */
    public record Result(long participantId, long minutesAttended, long trainingMinutes, boolean completed) {

        /** The share of the training's hours attended, 0–100, rounded down. */
        public int percent() {
            return trainingMinutes == 0 ? 0 : (int) (minutesAttended * 100 / trainingMinutes);
        }

        /** Hours attended, to one decimal, as reports show them. */
        public double hours() {
            return Math.round(minutesAttended / 6.0) / 10.0;
        }
    }

    /** The minutes one mark credits in its session. */
    public static long credited(Mark mark, SessionSpan session) {
        return MarkRules.minutes(mark.mark(), mark.minutes(), session.minutes());
    }

    /**
     * Every participant's result, in the order of {@code participants}: those without any mark too (0 minutes).
     * Marks of sessions not in {@code sessions} or participants not listed are ignored (they are not of this
     * training).
     */
    public static List<Result> compute(Collection<SessionSpan> sessions, Collection<Mark> marks,
            Collection<Long> participants, int completionPercent) {
        if (completionPercent < 1 || completionPercent > 100) {
            throw new IllegalArgumentException("completion percent " + completionPercent);
        }
        Map<Long, SessionSpan> byId = sessions.stream()
                .collect(Collectors.toMap(SessionSpan::sessionId, Function.identity()));
        long trainingMinutes = sessions.stream().mapToLong(session -> Math.max(0, session.minutes())).sum();
        Map<Long, Long> attended = new LinkedHashMap<>();
        participants.forEach(id -> attended.put(id, 0L));
        for (Mark mark : marks) {
            SessionSpan session = byId.get(mark.sessionId());
            if (session != null && attended.containsKey(mark.participantId())) {
                attended.merge(mark.participantId(), credited(mark, session), Long::sum);
            }
        }
        return attended.entrySet().stream()
                .map(entry -> new Result(entry.getKey(), entry.getValue(), trainingMinutes,
                        trainingMinutes > 0 && entry.getValue() * 100 >= trainingMinutes * completionPercent))
                .toList();
    }
}
