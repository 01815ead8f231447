package io.gluedbt.compiler.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes target/run_results.json in dbt's v6 shape, atomically (temp file, then move). */
public final class RunResultsWriter {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/run-results/v6.json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunResultsWriter() {}

    public static ObjectNode toJson(RunResults run, String dbtVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode metadata = root.putObject("metadata");
        metadata.put("dbt_schema_version", SCHEMA_VERSION);
        metadata.put("dbt_version", dbtVersion);
        metadata.put("generated_at", time(run.startedAt().plusMillis((long) (run.elapsedSeconds() * 1000))));
        metadata.put("invocation_id", run.invocationId());
        metadata.put("invocation_started_at", time(run.startedAt()));
        metadata.putObject("env");
        ArrayNode results = root.putArray("results");
        for (NodeRunResult result : run.results()) {
            ObjectNode entry = results.addObject();
            entry.put("status", result.status().dbtName());
            ArrayNode timing = entry.putArray("timing");
            if (result.compileStarted() != null) {
                timing.addObject().put("name", "compile").put("started_at", time(result.compileStarted())).put("completed_at", time(result.compileCompleted()));
            }
            if (result.executeStarted() != null) {
                timing.addObject().put("name", "execute").put("started_at", time(result.executeStarted())).put("completed_at", time(result.executeCompleted()));
            }
            entry.put("thread_id", result.threadId());
            entry.put("execution_time", result.executionTime());
            entry.set("adapter_response", MAPPER.valueToTree(result.adapterResponse()));
            entry.put("message", result.message());
            if (result.failures() == null) {
                entry.putNull("failures");
            } else {
                entry.put("failures", result.failures());
            }
            entry.put("unique_id", result.uniqueId());
            entry.put("compiled", result.compiledCode() != null);
            entry.put("compiled_code", result.compiledCode());
            entry.put("relation_name", result.relationName());
            entry.putNull("batch_results");
        }
        root.put("elapsed_time", run.elapsedSeconds());
        root.set("args", MAPPER.valueToTree(run.args()));
        return root;
    }

    public static Path write(Path targetDirectory, RunResults run, String dbtVersion) {
        try {
            Files.createDirectories(targetDirectory);
            Path file = targetDirectory.resolve("run_results.json");
            Path temporary = Files.createTempFile(targetDirectory, ".run_results-", ".json.tmp");
            try {
                Files.writeString(temporary, MAPPER.writeValueAsString(toJson(run, dbtVersion)) + "\n");
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
