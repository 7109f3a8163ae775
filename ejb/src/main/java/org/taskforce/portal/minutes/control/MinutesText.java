package org.taskforce.portal.minutes.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import org.taskforce.portal.minutes.entity.AgendaItem;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingAction;
import org.taskforce.portal.minutes.entity.MeetingAttendee;
import org.taskforce.portal.minutes.entity.MeetingGuest;
import org.taskforce.portal.minutes.entity.Outcome;

/**
 * A meeting's minutes as plain text, one fact per line: what an approved revision keeps
 * ({@code entity.MinutesVersion}) and what two revisions are compared by ({@link LineDiff}). The words that label
 * lines are the enum names (PRESENT, DECISION, ACTION...), so that the text of a revision does not depend on who
 * approved it in which language; notes are their words without markup.
 */
public final class MinutesText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MinutesText() {
    }

    /**
     * The minutes as text.
     *
     * @param agencies the task force's agency names by code (for owners that are agencies)
     */
    public static String of(Meeting meeting, Map<String, String> agencies, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        line(text, "# " + meeting.getTitle());
        line(text, WHEN.format(meeting.getStartsAt().atZoneSameInstant(zone)) + " – "
                + WHEN.format(meeting.getEndsAt().atZoneSameInstant(zone))
                + (meeting.getLocation() == null ? "" : " · " + meeting.getLocation()));
        line(text, "MINUTE_TAKER: " + meeting.getMinuteTaker().getDisplayName());
        line(text, "VISIBILITY: " + meeting.getVisibility()
                + (meeting.getAgencyCodes().isEmpty() ? "" : " " + String.join(", ",
                        meeting.getAgencyCodes().stream().sorted().toList())));
        meeting.getAttendees().stream()
                .sorted(Comparator.comparing(a -> a.getMember().getDisplayName()))
                .forEach(a -> line(text, attendee(a)));
        for (MeetingGuest guest : meeting.getGuests()) {
            line(text, "GUEST: " + guest.getName() + (guest.getAgencyName() == null ? "" : " (" + guest.getAgencyName()
                    + ")"));
        }
        for (AgendaItem item : meeting.getItems()) {
            line(text, "");
            line(text, item.getPosition() + ". " + item.getTitle()
                    + (item.getPresenter() == null ? "" : " – " + item.getPresenter())
                    + (item.getPlannedMinutes() == null ? "" : " (" + item.getPlannedMinutes() + " min)"));
            String notes = RichText.plain(item.getNotes());
            if (!notes.isEmpty()) {
                notes.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> line(text, "   " + l));
            }
            for (Outcome outcome : item.getOutcomes()) {
                line(text, "   " + outcome.getKind() + ": " + outcome.getText()
                        + action(outcome.getAction(), agencies));
            }
        }
        return text.toString();
    }

    private static String attendee(MeetingAttendee attendee) {
        return attendee.getPresence() + ": " + attendee.getMember().getDisplayName()
                + (attendee.getAgencyCode() == null ? "" : " (" + attendee.getAgencyCode() + ")");
    }

    private static String action(MeetingAction action, Map<String, String> agencies) {
        if (action == null) {
            return "";
        }
        String owner = action.getOwnerMember() != null ? action.getOwnerMember().getDisplayName()
                : agencies.getOrDefault(action.getOwnerAgencyCode(), action.getOwnerAgencyCode());
        return " → " + owner + ", " + action.getDueOn();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
