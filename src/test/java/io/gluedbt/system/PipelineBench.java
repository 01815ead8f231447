package io.gluedbt.system;

import io.gluedbt.functions.glue.ScaledGlueSessions;
import io.gluedbt.functions.pipeline.ArchiveLimits;
import io.gluedbt.functions.pipeline.PipelineSettings;
import io.gluedbt.local.Directories;
import io.gluedbt.local.aws.LocalAws;
import io.gluedbt.local.glue.EndpointCall;
import io.gluedbt.local.glue.EndpointOptions;
import io.gluedbt.local.glue.SessionUsage;
import io.gluedbt.local.spark.SparkSessions;
import io.gluedbt.local.spark.WarehouseLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Statement;

/**
 * Issue 8's bench (bench/pipeline): for each synthetic project, gluedbt through the whole local cloud path (the real
 * ASL in the interpreter, the real handlers, the local Glue endpoint) and then the real dbt-glue, in this JVM on the
 * same endpoint, on a scaled clock; prints {@link BenchFigures} per project and tool ({@link BenchReport}).
 */
final class PipelineBench {
    static final double SESSION_START_SECONDS = 20;
    static final String BUCKET = "bench-lake";
    private final BenchOptions options;
    private final LocalAws aws;
    private final GlueClient glue;
    private final ScaledGlueSessions seams;
    private final Path work;
    private static final long STARTED = System.currentTimeMillis();
    /**
     * The endpoint's Spark for parquet tables only: task slots far beyond the sessions (a sleeping statement holds
     * one), the in-memory catalog (Hive's Derby client serialises every metastore call behind one lock), no
     * Delta/Hudi/Iceberg analysis rules, no adaptive execution and no code generation (one-row queries): Spark's own
     * cost is overhead here, not what is measured.
     */
    static final Map<String, String> SPARK = Map.of("spark.master", "local[64]", "spark.sql.catalogImplementation", "in-memory",
            "spark.sql.extensions", "", "spark.sql.adaptive.enabled", "false", "spark.sql.shuffle.partitions", "1",
            "spark.sql.codegen.wholeStage", "false", "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    private PipelineBench(BenchOptions options, LocalAws aws, GlueClient glue, Path work) {
        this.options = options;
        this.aws = aws;
        this.glue = glue;
        this.seams = ScaledGlueSessions.of(options.timeScale());
        this.work = work;
    }

    public static void main(String[] arguments) throws Exception {
        long started = System.currentTimeMillis();
        BenchOptions options = BenchOptions.parse(arguments);
        Path work = options.root().resolve("target").resolve("pipeline-bench");
        Directories.deleteRecursively(work);
        SparkSession spark = SparkSessions.open(new WarehouseLayout(work.resolve("warehouse")), SPARK);
        List<BenchFigures> figures = new ArrayList<>();
        try (LocalAws aws = LocalAws.start(EndpointOptions.of(spark).withWorkerEnvironment(Map.of("GLUEDBT_BENCH_SLEEP_MARKERS", "1")),
                        work.resolve("s3"), 0);
                GlueClient glue = GlueClient.builder().endpointOverride(aws.glue().uri()).region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            aws.s3().createBucket(BUCKET);
            aws.glue().faults().provisioningDelay(Duration.ofMillis(Math.round(SESSION_START_SECONDS * 1000 / options.timeScale())));
            Map<String, String> environment = aws.clientEnvironment();
            System.setProperty("aws.accessKeyId", environment.get("AWS_ACCESS_KEY_ID"));
            System.setProperty("aws.secretAccessKey", environment.get("AWS_SECRET_ACCESS_KEY"));
            System.setProperty("aws.region", environment.get("AWS_REGION"));
            log("Spark and the endpoints are up");
            PipelineBench bench = new PipelineBench(options, aws, glue, work);
            bench.warmUp();
            log("warm-up done");
            for (int size : options.sizes()) {
                figures.addAll(bench.project(size));
            }
        }
        BenchReport report = new BenchReport(options, figures, (System.currentTimeMillis() - started) / 1000.0);
        System.out.println(report.markdown());
        Files.writeString(work.resolve("figures.json"), report.json());
        if (options.writeDocs().isPresent()) {
            report.writeDocs(options.root().resolve("docs").resolve("benchmarks.md"), options.writeDocs().get());
        }
        SparkSessions.stop();
        System.exit(0);
    }

    /**
     * gluedbt on a 10-model project of 3 s models, unmeasured: the first project would otherwise pay this JVM's
     * class loading and JIT compilation (handlers, Spark, endpoint) for the tool that runs first.
     */
    private void warmUp() throws Exception {
        BenchProject generated = BenchProject.generate(10, options.seed(), BenchProject.MIN_SECONDS);
        BenchProject project = new BenchProject("warm_up", generated.seed(), generated.models());
        Path directory = work.resolve(project.name());
        project.write(directory.resolve("project"), options.timeScale());
        gluedbt(project, directory, 0, "s3://" + BUCKET + "/lake/", project.name(), "gluedbt");
    }

    /**
     * Both tools on the project of {@code size} models: gluedbt's first run (no timings yet), gluedbt again (the
     * schedule from the first run's timings: what a scheduled project sees from its second run on), then dbt-glue with
     * as many threads as that run's concurrency (models at once).
     */
    private List<BenchFigures> project(int size) throws Exception {
        BenchProject project = BenchProject.generate(size, options.seed(), options.medianSeconds());
        double bound = CriticalPath.of(project.durations(), project.parents()).seconds() + SESSION_START_SECONDS;
        Path directory = work.resolve(project.name());
        project.write(directory.resolve("project"), options.timeScale());
        String location = "s3://" + BUCKET + "/lake/";
        BenchFigures first = gluedbt(project, directory, bound, location, project.name(), "gluedbt, first run");
        log(first.json());
        BenchFigures again = gluedbt(project, directory, bound, location, project.name() + "_again", "gluedbt");
        log(again.json());
        BenchFigures dbtGlue = dbtGlue(project, directory, bound, location, again.concurrency());
        log(dbtGlue.json());
        return List.of(first, again, dbtGlue);
    }

    private BenchFigures gluedbt(BenchProject project, Path directory, double bound, String location, String runId, String tool) throws Exception {
        PipelineSettings settings = new PipelineSettings(ArchiveLimits.defaults(), options.pool(), 2_000, 1, 30, 3);
        Path profiles = directory.resolve("profiles-gluedbt");
        DbtGlueBenchRun.writeProfiles(profiles, "gluedbt_" + project.name(), options.pool(), location, "      endpoint_url: " + aws.glue().uri()
                + "\n      s3_endpoint_url: " + aws.s3().uri() + "\n      lakeformation_endpoint_url: " + aws.glue().uri() + "\n");
        try (Pipeline pipeline = Pipeline.onLocalAws(aws, settings, seams.sessionService(), seams.catalogViewSource(), options.timeScale())) {
            String key = "projects/" + runId + ".zip";
            pipeline.upload(key, SyntheticProject.zipDirectory(directory.resolve("project"), Map.of("profiles.yml",
                    Files.readString(profiles.resolve("profiles.yml")))));
            aws.glue().prewarm(Math.min(options.pool(), widestWave(project)));
            log(project.name() + ": workers warm; gluedbt starts");
            int usageBefore = aws.glue().sessionUsage().size();
            int callsBefore = aws.glue().calls().all().size();
            long started = System.currentTimeMillis();
            ExecutionReport report = pipeline.execute(runId, pipeline.objectCreated(key));
            long ended = System.currentTimeMillis();
            if (!report.status().equals("SUCCEEDED")) {
                throw new IllegalStateException("gluedbt on " + project.name() + ": " + report.status() + " " + report.error() + ": " + report.cause());
            }
            // kept for reading a run's timeline (target/pipeline-bench/<project>/<runId>.run_results.json)
            pipeline.artifact("runs/" + runId + "/run_results.json").ifPresent(results -> {
                write(directory.resolve(runId + ".run_results.json"), results.toString());
                log(project.name() + " " + tool + ": " + RealizedChain.of(results, project).describe());
            });
            int concurrency = pipeline.artifact("runs/" + runId + "/plan.json").map(plan -> plan.path("concurrency").asInt(0)).orElse(0);
            List<SessionUsage> usage = since(aws.glue().sessionUsage(), usageBefore);
            List<EndpointCall> calls = since(aws.glue().calls().all(), callsBefore);
            log(project.name() + " " + tool + ": " + startup(calls, usage));
            double statementSeconds = statementSeconds(usage);
            stopAlive(usage);
            return BenchFigures.measure(project, tool, concurrency > 0 ? concurrency : usage.size(), bound, usage, calls, report.stateTransitions(),
                    report.awsHistoryEvents(), started, ended, statementSeconds, options.timeScale());
        }
    }

    private BenchFigures dbtGlue(BenchProject project, Path directory, double bound, String location, int threads) {
        Path profiles = directory.resolve("profiles-dbt-glue");
        DbtGlueBenchRun.writeProfiles(profiles, "dbtglue_" + project.name(), threads, location, "");
        aws.glue().prewarm(threads);
        log(project.name() + ": workers warm; dbt-glue starts");
        int usageBefore = aws.glue().sessionUsage().size();
        int callsBefore = aws.glue().calls().all().size();
        DbtGlueBenchRun run = DbtGlueBenchRun.run(options.root().resolve("oracle/.venv/bin/dbt"), directory.resolve("project"), profiles, threads,
                aws.clientEnvironment(), options.root().resolve("bench/time_scale"), options.timeScale());
        if (run.exitCode() != 0) {
            throw new IllegalStateException("dbt-glue on " + project.name() + " exited " + run.exitCode() + ":\n" + run.tail(40));
        }
        List<SessionUsage> usage = since(aws.glue().sessionUsage(), usageBefore);
        List<EndpointCall> calls = since(aws.glue().calls().all(), callsBefore);
        double statementSeconds = statementSeconds(usage);
        stopAlive(usage);
        return BenchFigures.measure(project, "dbt-glue", threads, bound, usage, calls, -1, -1, run.startedMillis(), run.endedMillis(),
                statementSeconds, options.timeScale());
    }

    /** The simulated seconds every statement of the sessions ran (ListStatements: CompletedOn - StartedOn). */
    private double statementSeconds(List<SessionUsage> usage) {
        double real = 0;
        for (SessionUsage session : usage) {
            for (Statement statement : glue.listStatements(request -> request.sessionId(session.sessionId())).statements()) {
                if (statement.startedOn() != null && statement.completedOn() != null) {
                    real += (statement.completedOn() - statement.startedOn()) / 1000.0;
                }
            }
        }
        return real * options.timeScale();
    }

    /** Stops what a tool left running (dbt-glue never stops its sessions): billed as left, they must not run on. */
    private void stopAlive(List<SessionUsage> usage) {
        for (SessionUsage session : usage) {
            if (session.endedMillis().isEmpty()) {
                glue.stopSession(request -> request.id(session.sessionId()));
            }
        }
    }

    /**
     * Simulated seconds from the first CreateSession to the first session READY, the first GetSession (a lane's first
     * step: Compile has returned) and the first RunStatement: where a run's start goes.
     */
    private String startup(List<EndpointCall> calls, List<SessionUsage> usage) {
        long created = usage.stream().mapToLong(SessionUsage::createdMillis).min().orElse(0);
        long ready = usage.stream().map(SessionUsage::readyMillis).filter(java.util.OptionalLong::isPresent).mapToLong(java.util.OptionalLong::getAsLong)
                .min().orElse(created);
        long firstGetSession = first(calls, "GetSession", created);
        long firstStatement = first(calls, "RunStatement", created);
        StringBuilder before = new StringBuilder();
        long creates = calls.stream().filter(call -> call.operation().equals("CreateSession")).count();
        calls.stream().filter(call -> call.time().toEpochMilli() < firstGetSession && !call.operation().equals("CreateSession"))
                .forEach(call -> before.append(String.format(java.util.Locale.ROOT, " %s+%.1f", call.operation(),
                        (call.time().toEpochMilli() - created) * options.timeScale() / 1000)));
        before.insert(0, " " + creates + " CreateSession;");
        return String.format(java.util.Locale.ROOT, "start: first session READY +%.1f s, first GetSession (lanes started) +%.1f s, first RunStatement +%.1f s;"
                + " before the lanes:%s", (ready - created) * options.timeScale() / 1000, (firstGetSession - created) * options.timeScale() / 1000,
                (firstStatement - created) * options.timeScale() / 1000, before);
    }

    private static long first(List<EndpointCall> calls, String operation, long fallback) {
        return calls.stream().filter(call -> call.operation().equals(operation)).mapToLong(call -> call.time().toEpochMilli()).min().orElse(fallback);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException exception) {
            throw new java.io.UncheckedIOException(exception);
        }
    }

    /** The most models at one depth (longest ref chain from a staging model): gluedbt's widest wave. */
    static int widestWave(BenchProject project) {
        Map<String, Integer> depth = new HashMap<>();
        Map<Integer, Integer> width = new HashMap<>();
        for (BenchModel model : project.models()) {
            int own = model.parents().stream().mapToInt(depth::get).max().orElse(-1) + 1;
            depth.put(model.name(), own);
            width.merge(own, 1, Integer::sum);
        }
        return width.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static void log(String message) {
        System.err.printf(java.util.Locale.ROOT, "pipeline bench %6.1f s: %s%n", (System.currentTimeMillis() - STARTED) / 1000.0, message);
    }

    private static <T> List<T> since(List<T> all, int before) {
        return List.copyOf(all.subList(before, all.size()));
    }
}
