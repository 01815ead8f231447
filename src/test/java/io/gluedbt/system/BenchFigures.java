package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import io.gluedbt.local.glue.EndpointCall;
import io.gluedbt.local.glue.SessionUsage;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What one tool spent on one bench project, in simulated seconds unless named real.
 *
 * @param project the project's name
 * @param models its models
 * @param tool {@code gluedbt} or {@code dbt-glue}
 * @param concurrency the most models it runs at once (gluedbt's plan concurrency; dbt-glue's --threads)
 * @param makespanSeconds first CreateSession to the last statement's end
 * @param boundSeconds the critical path plus one session start
 * @param sessions sessions created
 * @param runStatements RunStatement calls answered without error
 * @param getStatements GetStatement calls answered without error
 * @param stateTransitions Step Functions state transitions over every execution; -1 when there is no state machine
 * @param historyEvents Step Functions history events over every execution; -1 when there is no state machine
 * @param dpuSeconds billed DPU-seconds as the tool left its sessions (never stopped: until last activity + IdleTimeout)
 * @param dpuSecondsIfStopped billed DPU-seconds had every session still running been stopped at the last statement's end
 * @param wallSeconds real seconds of the tool's whole run
 * @param outsideSeconds real seconds from the tool's start to its first CreateSession (dbt-glue: parse and compile)
 * @param overheadSeconds per model, the simulated seconds its statements ran beyond the injected duration (this
 *     machine's Spark, Python and CPU contention, S times over)
 */
record BenchFigures(String project, int models, String tool, int concurrency, double makespanSeconds, double boundSeconds, int sessions, long runStatements,
        long getStatements, long stateTransitions, long historyEvents, double dpuSeconds, double dpuSecondsIfStopped, double wallSeconds,
        double outsideSeconds, double overheadSeconds) {
    BenchFigures {
        requireNonNull(project, "project is null");
        requireNonNull(tool, "tool is null");
    }

    /**
     * From the endpoint's record (statementSeconds: the simulated seconds all the tool's statements ran) of the tool's sessions and calls (only the tool's), the harness's counts (-1 without
     * a state machine), the tool's real start and end.
     */
    static BenchFigures measure(BenchProject project, String tool, int concurrency, double boundSeconds, List<SessionUsage> usage, List<EndpointCall> calls,
            long stateTransitions, long historyEvents, long startedMillis, long endedMillis, double statementSeconds, double timeScale) {
        if (usage.isEmpty()) {
            throw new IllegalStateException(tool + " created no session on " + project.name());
        }
        SessionBilling billing = new SessionBilling(timeScale);
        long firstCreate = usage.stream().mapToLong(SessionUsage::createdMillis).min().orElseThrow();
        long lastEnd = usage.stream().map(SessionUsage::lastStatementEndMillis).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
                .max().orElse(firstCreate);
        List<BilledSession> billed = usage.stream().map(BenchFigures::billed).toList();
        long runStatements = successes(calls, "RunStatement");
        return new BenchFigures(project.name(), project.models().size(), tool, concurrency, billing.simulated(lastEnd - firstCreate), boundSeconds, usage.size(),
                runStatements, successes(calls, "GetStatement"), stateTransitions, historyEvents, billing.dpuSeconds(billed),
                billing.dpuSecondsIfStoppedAt(billed, lastEnd), (endedMillis - startedMillis) / 1000.0, (firstCreate - startedMillis) / 1000.0,
                // a statement carrying several models runs them side by side: its time is not theirs summed
                runStatements < project.models().size() ? Double.NaN : (statementSeconds - project.totalSeconds()) / project.models().size());
    }

    static BilledSession billed(SessionUsage usage) {
        long lastActivity = Math.max(usage.createdMillis(), Math.max(usage.readyMillis().orElse(0), usage.lastStatementEndMillis().orElse(0)));
        return new BilledSession(usage.sessionId(), usage.createdMillis(), usage.endedMillis(), lastActivity, usage.idleTimeoutMinutes(), usage.dpus());
    }

    double ratio() {
        return makespanSeconds / boundSeconds;
    }

    static String markdownHeader() {
        return "| project | tool | models at once | makespan | bound (critical path + 1 start) | ratio | sessions | RunStatement / model | GetStatement / model"
                + " | transitions / model | history events / model | DPU-s billed | DPU-s if stopped at end | gluedbt / dbt-glue DPU-s | real s (outside)"
                + " | statement overhead / model |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    /** The table row; {@code share} is gluedbt's DPU-seconds as a share of dbt-glue's, blank for dbt-glue's row. */
    String markdownRow(String share) {
        return String.format(Locale.ROOT, "| %s (%d) | %s | %d | %.0f s | %.0f s | %.2f | %d | %.2f | %.1f | %s | %s | %,.0f | %,.0f | %s | %.0f (%.0f) | %s |",
                project, models, tool, concurrency, makespanSeconds, boundSeconds, ratio(), sessions, (double) runStatements / models,
                (double) getStatements / models, perModel(stateTransitions), perModel(historyEvents), dpuSeconds, dpuSecondsIfStopped, share,
                wallSeconds, outsideSeconds, Double.isNaN(overheadSeconds) ? "—" : String.format(Locale.ROOT, "%.1f s", overheadSeconds));
    }

    /** One JSON object (for target/pipeline-bench/figures.json). */
    String json() {
        return String.format(Locale.ROOT, "{\"project\": \"%s\", \"models\": %d, \"tool\": \"%s\", \"concurrency\": %d, \"makespanSeconds\": %.1f, \"boundSeconds\": %.1f,"
                + " \"ratio\": %.3f, \"sessions\": %d, \"runStatements\": %d, \"getStatements\": %d, \"stateTransitions\": %d, \"historyEvents\": %d,"
                + " \"dpuSeconds\": %.0f, \"dpuSecondsIfStopped\": %.0f, \"wallSeconds\": %.1f, \"outsideSeconds\": %.1f, \"overheadSeconds\": %.2f}", project,
                models, tool, concurrency,
                makespanSeconds, boundSeconds, ratio(), sessions, runStatements, getStatements, stateTransitions, historyEvents, dpuSeconds,
                dpuSecondsIfStopped, wallSeconds, outsideSeconds, overheadSeconds);
    }

    private String perModel(long count) {
        return count < 0 ? "—" : String.format(Locale.ROOT, "%.1f", (double) count / models);
    }

    private static long successes(List<EndpointCall> calls, String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation) && call.errorType().isEmpty()).count();
    }
}
