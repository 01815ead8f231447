package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.cli.GluedbtCommand;
import io.gluedbt.local.Directories;
import io.gluedbt.local.aws.LocalAws;
import io.gluedbt.local.data.NycTaxiGenerator;
import io.gluedbt.local.glue.CallLog;
import io.gluedbt.local.glue.EndpointCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The NYC demo run by the real dbt-glue adapter (a {@code dbt} executable) and by gluedbt, both against the same
 * local Glue endpoint and local S3 with the same generated trips, each in its own schema: the gold rows must match,
 * and the endpoint's call log says what each spent. dbt-glue runs unmodified; only AWS_ENDPOINT_URL_* point it here.
 */
public final class GlueSideBySide {
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GlueInteractiveSessionRole";
    private static final String BUCKET = "gluedbt-side-by-side";

    private GlueSideBySide() {}

    /** What both tools did and the gold rows each produced (sorted, one text line per row). */
    public record Report(SideBySideFigures dbtGlue, SideBySideFigures gluedbt, List<String> dbtGlueGold, List<String> gluedbtGold) {}

    /**
     * Generates {@code rows} trips into {@code nyctaxi.records} on {@code spark} (the endpoint's session), then runs the
     * example's silver and gold models with dbt-glue and with gluedbt, {@code threads} each.
     */
    public static Report run(LocalAws aws, SparkSession spark, Path example, Path work, long rows, Path dbtExecutable, int threads) {
        requireNonNull(aws, "aws is null");
        requireNonNull(spark, "spark is null");
        Path project = Directories.copyProject(example, work.resolve("nyc_taxi_demo"));
        aws.s3().createBucket(BUCKET);
        NycTaxiGenerator.generate(spark, rows, NycTaxiGenerator.DEFAULT_SEED);
        String location = "s3://" + BUCKET + "/lake/";
        Path dbtProfiles = writeProfiles(project.resolve("profiles-dbt-glue"), "dbtglue_nyc_metrics", location, threads, "");
        Path ourProfiles = writeProfiles(project.resolve("profiles-gluedbt"), "gluedbt_nyc_metrics", location, threads,
                "      endpoint_url: " + aws.glue().uri() + "\n      s3_endpoint_url: " + aws.s3().uri() + "\n      lakeformation_endpoint_url: "
                        + aws.glue().uri() + "\n");
        SideBySideFigures dbtGlue = measure(aws.glue().calls(), "dbt-glue 1.10.19", () -> {
            dbt(dbtExecutable, project, dbtProfiles, "silver", aws);
            dbt(dbtExecutable, project, dbtProfiles.resolve("iceberg"), "gold", aws);
        });
        Map<String, String> environment = aws.clientEnvironment();
        System.setProperty("aws.accessKeyId", environment.get("AWS_ACCESS_KEY_ID"));
        System.setProperty("aws.secretAccessKey", environment.get("AWS_SECRET_ACCESS_KEY"));
        System.setProperty("aws.region", environment.get("AWS_REGION"));
        SideBySideFigures gluedbt = measure(aws.glue().calls(), "gluedbt", () -> {
            gluedbt(project, ourProfiles, "silver");
            gluedbt(project, ourProfiles.resolve("iceberg"), "gold");
        });
        return new Report(dbtGlue, gluedbt, gold(spark, "dbtglue_nyc_metrics"), gold(spark, "gluedbt_nyc_metrics"));
    }

    /**
     * {@code GlueSideBySide <repository root> <rows> <threads> [--write-docs]}: a fresh warehouse under
     * {@code target/glue-side-by-side}, the local S3 + Glue endpoint on it, both tools, the table printed (and written
     * into docs/benchmarks.md between the glue-side-by-side markers).
     */
    public static void main(String[] arguments) throws IOException {
        Path root = Path.of(arguments[0]).toAbsolutePath().normalize();
        long rows = Long.parseLong(arguments[1]);
        int threads = Integer.parseInt(arguments[2]);
        Path work = root.resolve("target").resolve("glue-side-by-side");
        Directories.deleteRecursively(work);
        int exit;
        try (var engine = io.gluedbt.local.spark.LocalSparkEngine.open(work.resolve("warehouse"), Map.of());
                LocalAws aws = LocalAws.start(io.gluedbt.local.glue.EndpointOptions.of(engine.session()), work.resolve("s3"), 0)) {
            Report report = run(aws, engine.session(), root.resolve("examples").resolve("nyc_taxi_demo"), work, rows,
                    root.resolve("oracle").resolve(".venv").resolve("bin").resolve("dbt"), threads);
            String table = SideBySideFigures.markdownHeader() + "\n" + report.dbtGlue().markdownRow() + "\n" + report.gluedbt().markdownRow();
            String context = String.format(java.util.Locale.ROOT, "NYC demo (silver, then gold) on %,d generated trips, threads %d, load %s on %d cores;"
                    + " gold rows identical: %s.", rows, threads, Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                    Runtime.getRuntime().availableProcessors(), report.dbtGlueGold().equals(report.gluedbtGold()));
            System.out.println(table + "\n\n" + context);
            if (Stream.of(arguments).anyMatch("--write-docs"::equals)) {
                Path docs = root.resolve("docs").resolve("benchmarks.md");
                String text = Files.readString(docs);
                int start = text.indexOf("<!-- glue-side-by-side:start -->");
                int end = text.indexOf("<!-- glue-side-by-side:end -->");
                Files.writeString(docs, text.substring(0, start) + "<!-- glue-side-by-side:start -->\n" + table + "\n\n" + context + "\n"
                        + text.substring(end));
            }
            exit = report.dbtGlueGold().equals(report.gluedbtGold()) ? 0 : 1;
        }
        System.exit(exit);
    }

    private static SideBySideFigures measure(CallLog calls, String tool, Runnable work) {
        int before = calls.all().size();
        long started = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<EndpointCall> made = calls.all().subList(before, calls.all().size());
        long runStatements = count(made, "RunStatement");
        long getStatements = count(made, "GetStatement");
        long sessions = count(made, "CreateSession");
        long stopped = made.stream().filter(call -> call.errorType().isEmpty()
                        && (call.operation().equals("StopSession") || call.operation().equals("DeleteSession")))
                .map(call -> call.sessionId().orElse("")).distinct().count();
        long other = made.stream().filter(call -> call.service().equals("AWSGlue")).count() - runStatements - getStatements - sessions;
        return new SideBySideFigures(tool, 3, runStatements, getStatements, sessions, stopped, other, seconds);
    }

    private static long count(List<EndpointCall> calls, String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation) && call.errorType().isEmpty()).count();
    }

    private static void dbt(Path dbt, Path project, Path profiles, String select, LocalAws aws) {
        ProcessBuilder builder = new ProcessBuilder(dbt.toString(), "run", "-m", select, "--profiles-dir", profiles.toString())
                .directory(project.toFile()).redirectErrorStream(true);
        builder.environment().putAll(aws.clientEnvironment());
        builder.environment().put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("dbt-glue run -m " + select + " failed:\n" + output);
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        }
    }

    private static void gluedbt(Path project, Path profiles, String select) {
        int exit = GluedbtCommand.execute("run", "-m", select, "--project-dir", project.toString(), "--profiles-dir", profiles.toString());
        if (exit != 0) {
            throw new IllegalStateException("gluedbt run -m " + select + " exited " + exit);
        }
    }

    private static List<String> gold(SparkSession spark, String schema) {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("gold_cost_metrics", "gold_passengers_metrics")) {
            spark.sql("select * from glue_catalog." + schema + "." + table).collectAsList()
                    .forEach(row -> rows.add(table + ": " + row.mkString(" | ")));
        }
        return rows.stream().sorted().toList();
    }

    /** The blog's two profiles (silver: parquet; iceberg/: gold with the blog's Iceberg conf) for one schema. */
    private static Path writeProfiles(Path directory, String schema, String location, int threads, String endpoints) {
        String common = "dbt_glue_demo:\n  target: dev\n  outputs:\n    dev:\n      type: glue\n" + endpoints
                + "      query-comment: demo-nyctaxi\n      role_arn: " + ROLE_ARN + "\n      region: us-east-1\n      workers: 2\n"
                + "      worker_type: G.1X\n      schema: " + schema + "\n      database: " + schema + "\n"
                + "      session_provisioning_timeout_in_seconds: 120\n      location: \"" + location + "\"\n      threads: " + threads + "\n";
        String iceberg = common + "      datalake_formats: iceberg\n      conf: spark.sql.catalog.glue_catalog=org.apache.iceberg.spark.SparkCatalog"
                + " --conf spark.sql.catalog.glue_catalog.warehouse=" + location + "warehouse/"
                + " --conf spark.sql.catalog.glue_catalog.catalog-impl=org.apache.iceberg.aws.glue.GlueCatalog"
                + " --conf spark.sql.catalog.glue_catalog.io-impl=org.apache.iceberg.aws.s3.S3FileIO"
                + " --conf spark.sql.extensions=org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions\n";
        try {
            Files.createDirectories(directory.resolve("iceberg"));
            Files.writeString(directory.resolve("profiles.yml"), common);
            Files.writeString(directory.resolve("iceberg").resolve("profiles.yml"), iceberg);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return directory;
    }
}
