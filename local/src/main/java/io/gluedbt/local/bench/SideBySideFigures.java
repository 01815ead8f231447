package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What one tool cost the local Glue endpoint for the NYC demo (silver, then gold): the call log's counts and the
 * wall time of the two invocations.
 */
public record SideBySideFigures(String tool, int models, long runStatements, long getStatements, long sessionsCreated, long sessionsStopped, long otherGlueCalls,
        double seconds) {
    public SideBySideFigures {
        requireNonNull(tool, "tool is null");
    }

    /** A Markdown table row: tool, models, RunStatements (per model), GetStatement calls (per model), sessions created and stopped, other Glue calls, seconds. */
    public String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %d | %d (%.1f) | %d (%.1f) | %d | %d | %d | %.1f |", tool, models, runStatements,
                (double) runStatements / models, getStatements, (double) getStatements / models, sessionsCreated, sessionsStopped, otherGlueCalls,
                seconds);
    }

    public static String markdownHeader() {
        return "| tool | models | RunStatement (per model) | GetStatement (per model) | sessions created | sessions stopped | other Glue calls | wall s |\n"
                + "|---|---|---|---|---|---|---|---|";
    }
}
