package io.gluedbt.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (longest common subsequence over lines, 3 lines of context), for test failure
 * messages. Lines are split on {@code \n} only and a final newline counts, so a missing newline at the end shows
 * as a changed last (empty) line; trailing spaces are made visible with {@code ·}.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff from {@code expected} to {@code actual}; empty when they are equal. */
    static String of(String expectedName, String expected, String actualName, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> left = List.of(expected.split("\n", -1));
        List<String> right = List.of(actual.split("\n", -1));
        List<Edit> edits = edits(left, right);
        StringBuilder diff = new StringBuilder("--- ").append(expectedName).append('\n')
                .append("+++ ").append(actualName).append('\n');
        int index = 0;
        while (index < edits.size()) {
            if (edits.get(index).kind() == ' ') {
                index++;
                continue;
            }
            int start = Math.max(0, index - CONTEXT);
            int end = index;
            int unchangedRun = 0;
            while (end < edits.size() && unchangedRun <= 2 * CONTEXT) {
                unchangedRun = edits.get(end).kind() == ' ' ? unchangedRun + 1 : 0;
                end++;
            }
            end = Math.min(edits.size(), end - Math.max(0, unchangedRun - CONTEXT));
            appendHunk(diff, edits.subList(start, end));
            index = end;
        }
        return diff.toString();
    }

    private static void appendHunk(StringBuilder diff, List<Edit> hunk) {
        Edit first = hunk.get(0);
        long leftCount = hunk.stream().filter(edit -> edit.kind() != '+').count();
        long rightCount = hunk.stream().filter(edit -> edit.kind() != '-').count();
        diff.append("@@ -").append(first.leftLine() + 1).append(',').append(leftCount)
                .append(" +").append(first.rightLine() + 1).append(',').append(rightCount).append(" @@\n");
        for (Edit edit : hunk) {
            diff.append(edit.kind()).append(visibleTrailingSpaces(edit.text())).append('\n');
        }
    }

    private static String visibleTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end) + "·".repeat(line.length() - end);
    }

    /** One line of the edit script: ' ' kept, '-' only in expected, '+' only in actual; 0-based positions before it. */
    private record Edit(char kind, String text, int leftLine, int rightLine) {}

    private static List<Edit> edits(List<String> left, List<String> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                edits.add(new Edit(' ', left.get(i), i++, j++));
            } else if (i < left.size() && (j == right.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit('-', left.get(i), i++, j));
            } else {
                edits.add(new Edit('+', right.get(j), i, j++));
            }
        }
        return edits;
    }
}
