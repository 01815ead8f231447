package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of the real dbt-glue adapter (the pinned {@code dbt} of oracle/.venv, unmodified) on a project against the
 * local endpoints: only AWS_ENDPOINT_URL_* point it there, and bench/time_scale/sitecustomize.py scales its
 * time.sleep by 1/timeScale (its statement polls, session waiter and retries).
 *
 * @param startedMillis when the process started (epoch milliseconds)
 * @param endedMillis when it exited
 * @param exitCode its exit code
 * @param output its combined output
 */
record DbtGlueBenchRun(long startedMillis, long endedMillis, int exitCode, String output) {
    DbtGlueBenchRun {
        requireNonNull(output, "output is null");
    }

    static final String TIME_SCALE_VARIABLE = "GLUEDBT_BENCH_TIME_SCALE";

    /**
     * {@code dbt run --threads <threads>} in {@code project} with the profiles of {@code profilesDirectory}.
     *
     * @param environment the endpoints' client environment (LocalAws.clientEnvironment())
     * @param sitecustomizeDirectory the directory of the scaling sitecustomize.py (put on PYTHONPATH)
     */
    static DbtGlueBenchRun run(Path dbt, Path project, Path profilesDirectory, int threads, Map<String, String> environment,
            Path sitecustomizeDirectory, double timeScale) {
        ProcessBuilder builder = new ProcessBuilder(List.of(dbt.toString(), "run", "--threads", String.valueOf(threads), "--profiles-dir",
                profilesDirectory.toString(), "--project-dir", project.toString())).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
        builder.environment().put("PYTHONPATH", sitecustomizeDirectory.toString());
        builder.environment().put(TIME_SCALE_VARIABLE, String.valueOf(timeScale));
        long started = System.currentTimeMillis();
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            return new DbtGlueBenchRun(started, System.currentTimeMillis(), exit, output);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dbt-glue ran", exception);
        }
    }

    /** The last {@code lines} lines of the output (for failure messages). */
    String tail(int lines) {
        List<String> all = output.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static void writeProfiles(Path directory, String schema, int threads, String location, String extraLines) {
        String profile = "bench:\n  target: dev\n  outputs:\n    dev:\n      type: glue\n" + extraLines
                + "      role_arn: arn:aws:iam::123456789012:role/GlueInteractiveSessionRole\n      region: us-east-1\n      workers: 2\n"
                + "      worker_type: G.1X\n      schema: " + schema + "\n      database: " + schema + "\n"
                + "      session_provisioning_timeout_in_seconds: 1200\n      location: \"" + location + "\"\n      threads: " + threads + "\n";
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("profiles.yml"), profile);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
