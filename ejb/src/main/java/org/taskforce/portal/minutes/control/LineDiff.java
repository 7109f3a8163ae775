package org.taskforce.portal.minutes.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The difference between two texts, line by line, as a person reads a correction: the lines kept, removed and added,
 * in order (a longest common subsequence of lines). Texts of minutes are a few hundred lines; each side is cut at
 * {@value #MAX_LINES} lines, so that the table it needs stays small.
 */
public final class LineDiff {

    /** The most lines of each side compared. */
    public static final int MAX_LINES = 3000;

    /** What happened to a line. */
    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the difference. */
    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(line -> lines.add(new Line(Change.REMOVED, line)));
        b.subList(j, b.size()).forEach(line -> lines.add(new Line(Change.ADDED, line)));
        return Collections.unmodifiableList(lines);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = text.lines().toList();
        return lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines;
    }
}
