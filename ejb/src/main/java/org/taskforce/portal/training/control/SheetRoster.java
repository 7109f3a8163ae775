package org.taskforce.portal.training.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whom and what a sign-in sheet may mark: the training's confirmed participants (by id, with their names), its
 * sessions in the order the sheet numbers them (1 = the first), and the session being imported when the sheet is
 * one session's ({@code null}: the sheet names the session of each row).
 *
 * <p>{@link #marks} turns a sheet that was read without problems into the marks to save, or names, by line, each
 * row that marks someone who is not a confirmed participant of this training, a session it does not have, or more
 * minutes than its session lasts. Rows are all valid or nothing is saved.
 */
public record SheetRoster(Map<Long, String> participants, List<SessionSpan> sessions, Long sessionId) {

    public SheetRoster {
        participants = Map.copyOf(participants);
        sessions = List.copyOf(sessions);
    }

    /** The marks of the sheet, or its problems: the rows of one are all valid, or {@code marks} is empty. */
    public record Checked(List<Mark> marks, List<SheetProblem> problems) {
    }

    /** Checks every row of {@code content} (read without problems) against this training. */
    public Checked marks(SheetContent content) {
        if (!content.problems().isEmpty()) {
            return new Checked(List.of(), content.problems());
        }
        List<Mark> marks = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (SheetRow row : content.rows()) {
            SessionSpan session = session(row, problems);
            if (!participants.containsKey(row.participantId())) {
                problems.add(new SheetProblem(row.line(), SignInSheets.Column.PARTICIPANT.header(),
                        "training.sheet.notInTraining", row.participantId()));
                continue;
            }
            if (session == null) {
                continue;
            }
            if (row.minutes() != null && row.minutes() > session.minutes()) {
                problems.add(new SheetProblem(row.line(), SignInSheets.Column.MINUTES.header(),
                        "training.sheet.minutesTooMany", row.minutes(), session.minutes()));
                continue;
            }
            marks.add(new Mark(session.sessionId(), row.participantId(), row.mark(), row.minutes()));
        }
        return problems.isEmpty() ? new Checked(marks, List.of()) : new Checked(List.of(), problems);
    }

    private SessionSpan session(SheetRow row, List<SheetProblem> problems) {
        if (row.session() == null) {
            if (sessionId == null) {
                problems.add(new SheetProblem(row.line(), SignInSheets.Column.SESSION.header(),
                        "training.sheet.sessionRequired"));
                return null;
            }
            return sessions.stream().filter(span -> span.sessionId() == sessionId).findFirst().orElse(null);
        }
        int index = row.session() - 1;
        SessionSpan named = index < sessions.size() ? sessions.get(index) : null;
        if (named == null || (sessionId != null && named.sessionId() != sessionId)) {
            problems.add(new SheetProblem(row.line(), SignInSheets.Column.SESSION.header(),
                    sessionId == null ? "training.sheet.noSuchSession" : "training.sheet.otherSession",
                    row.session(), sessions.size()));
            return null;
        }
        return named;
    }
}
