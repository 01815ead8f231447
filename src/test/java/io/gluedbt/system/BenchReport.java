package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pipeline bench's table, context line and method, printed and written into docs/benchmarks.md. */
record BenchReport(BenchOptions options, List<BenchFigures> figures, double realSeconds) {
    static final String SECTION = "## Pipeline makespan and cost (issue 8)";
    static final String STARTED_VARIABLE = "GLUEDBT_BENCH_STARTED";

    BenchReport {
        requireNonNull(options, "options is null");
        figures = List.copyOf(figures);
    }

    String markdown() {
        return table() + "\n\n" + context() + "\n\n" + method();
    }

    String table() {
        StringBuilder table = new StringBuilder(BenchFigures.markdownHeader());
        for (BenchFigures row : figures) {
            Optional<BenchFigures> dbtGlue = figures.stream().filter(other -> other.project().equals(row.project()) && other.tool().equals("dbt-glue"))
                    .findFirst();
            String share = row.tool().startsWith("gluedbt") && dbtGlue.isPresent()
                    ? String.format(Locale.ROOT, "%.0f %% (%.0f %% if stopped)", 100 * row.dpuSeconds() / dbtGlue.get().dpuSeconds(),
                            100 * row.dpuSeconds() / dbtGlue.get().dpuSecondsIfStopped())
                    : "";
            table.append('\n').append(row.markdownRow(share));
        }
        return table.toString();
    }

    String context() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException exception) {
            load = "?";
        }
        String total = Optional.ofNullable(System.getenv(STARTED_VARIABLE)).filter(value -> !value.isBlank())
                .map(value -> String.format(Locale.ROOT, "; `bench/pipeline` from its start (build included) %.1f min",
                        (System.currentTimeMillis() / 1000.0 - Long.parseLong(value.trim())) / 60))
                .orElse("");
        return String.format(Locale.ROOT, "Time scale %.0f simulated s per real s; durations lognormal, median %.0f s, sigma %.1f, in [%.0f, %.0f] s; seed %d;"
                + " threads cap %d; session start %.0f s; 2 DPUs per session (2 × G.1X). Real time: both tools on every project %.1f min%s;"
                + " load average %s on %d cores at the end.", options.timeScale(), options.medianSeconds(), BenchProject.SIGMA, BenchProject.MIN_SECONDS,
                BenchProject.MAX_SECONDS, options.seed(), options.pool(), PipelineBench.SESSION_START_SECONDS, realSeconds / 60, total, load,
                Runtime.getRuntime().availableProcessors());
    }

    static String method() {
        return """
                Method (`bench/pipeline [50 200 2000] [--time-scale S] [--median s] [--pool n] [--write-docs before|after]`): seeded synthetic \
                projects of view models: staging 30 %, two or three intermediate levels (an intermediate model refs one model of the level \
                below and up to two more), marts 20 % (fan-in 2–6); a few hub models are picked 15× as often, so fan-out is skewed. Each \
                model's simulated duration travels in its own SQL as a marker, `/* gluedbt-bench sleep_ms=<real ms> */`, which the local Glue \
                endpoint's Python workers sleep whenever a statement passes that SQL to `spark.sql` (`GLUEDBT_BENCH_SLEEP_MARKERS=1`), \
                whichever tool sent it: the endpoint injects the duration instead of running heavy SQL, and Spark's own work stays a catalog \
                change (with tables, Spark's parquet writes through the local S3 made the run CPU-bound). gluedbt runs each project twice: \
                a first run (no timings yet) and again, scheduled from the first run's timings (what a scheduled project sees from its \
                second run on); dbt-glue gets as many threads as that second run's concurrency (the most models it runs at once: dbt's \
                threads). All clocks run S times faster: the injected sleeps, the endpoint's session start (20 s), the interpreter's Wait \
                states and retry intervals (`statemachine/harness/run.mjs` `timeScale`), gluedbt's client-side session and retry polls \
                (`ScaledGlueSessions`), and every `time.sleep` of dbt-glue (`bench/time_scale/sitecustomize.py` on its PYTHONPATH: its 1 s \
                statement polls, botocore's 3 s session waiter and the `waiter` package all sleep through it). What is not scaled — Lambda \
                and interpreter overhead, Spark planning, HTTP round trips, dbt's Python (one process, one GIL) — is real CPU time, and \
                counts S times over in simulated seconds against both tools ("statement overhead / model": simulated seconds a model's \
                statements ran beyond its injected duration); the handlers' clock is scaled too, so timings and poll pacing are simulated \
                seconds. S = 10. The endpoint's Spark is parquet-only (in-memory \
                catalog, no table-format extensions, no AQE or codegen) to keep that overhead down; a 10-model gluedbt warm-up runs first, \
                unmeasured. Python workers are started ahead of each tool's run (`LocalGlueEndpoint.prewarm`), so a session is READY 20 s \
                after CreateSession. gluedbt runs the uploaded zip through the real ASL, handlers and local Glue endpoint (concurrency and \
                sessions from the plan, cap = profile threads = GLUEDBT_MAX_SESSIONS; GLUEDBT_NODES_PER_STATEMENT = 3, so with timings a \
                statement carries a node and up to two shorter riders). Models sharing a statement sleep side by side: the bench assumes \
                they do not contend for the session's executors, which holds for catalog-bound and small models, not for models that fill \
                the cluster (there a rider runs longer, its timing grows, and the next run packs it only next to longer nodes). Then dbt-glue 1.10.19 (oracle/.venv, unmodified, profile \
                defaults: `idle_timeout` 10 min, `statement_poll_interval` 1 s, no session reuse) runs the same files with `--threads` = that \
                concurrency, in its own schema. makespan = first CreateSession → last statement end; bound = critical path (by injected durations) \
                + one session start; billed DPU-s = Σ sessions max(60 s, billed end − CreateSession) × DPUs, billed end = StopSession, or \
                last activity + IdleTimeout for a session never stopped. dbt-glue 1.10.19 does stop its sessions, when the whole run ends \
                (`cleanup_all` → StopSession, as `glue_session_reuse` is false), so a thread's session idles, billed, from its last model to \
                the run's end; "if stopped at end" bills any session never stopped to the last statement's end. Transitions = StateEntered \
                events, history events as Step Functions records them, both summed over the parent and every child execution. Real s = \
                the tool's whole run (outside = before its first CreateSession: gluedbt's Compile, dbt-glue's parse and compile).""";
    }

    String json() {
        return "[\n" + figures.stream().map(BenchFigures::json).collect(Collectors.joining(",\n")) + "\n]\n";
    }

    /** Writes the table and context between {@code <!-- pipeline-<section>:start/end -->}, and the method, into {@code docs}. */
    void writeDocs(Path docs, String section) throws IOException {
        String text = Files.readString(docs);
        if (!text.contains(SECTION)) {
            text = text.stripTrailing() + "\n\n" + SECTION + "\n\n<!-- pipeline-method:start -->\n<!-- pipeline-method:end -->\n\n"
                    + "Before the improvements (the wave-barrier pipeline):\n\n<!-- pipeline-before:start -->\nnot measured yet\n<!-- pipeline-before:end -->\n\n"
                    + "After the improvements:\n\n<!-- pipeline-after:start -->\nnot measured yet\n<!-- pipeline-after:end -->\n";
        }
        text = replace(text, "pipeline-method", method());
        text = replace(text, "pipeline-" + section, table() + "\n\n" + context());
        Files.writeString(docs, text);
    }

    private static String replace(String text, String marker, String content) {
        String start = "<!-- " + marker + ":start -->";
        String end = "<!-- " + marker + ":end -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/benchmarks.md lacks the markers " + start + " ... " + end);
        }
        return text.substring(0, from) + start + "\n" + content + "\n" + text.substring(to);
    }
}
