package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.local.spark.SparkJvmFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gluedbt run} in its own process on a project with one failing model: exit code 1, the failed
 * model's descendant skipped, the independent model built, and run_results.json valid against dbt's v6 schema.
 */
class RunFailureAcceptanceTest {
    @TempDir
    Path work;

    @Test
    void aFailingModelExitsOneSkipsItsDescendantAndBuildsTheRest() throws Exception {
        Path project = work.resolve("failing");
        write(project.resolve("dbt_project.yml"), "name: failing\nversion: '1.0'\nconfig-version: 2\nprofile: failing\n");
        write(project.resolve("profiles.yml"), "failing:\n  target: local\n  outputs:\n    local:\n      type: local\n      schema: failing\n"
                + "      threads: 2\n      warehouse_dir: " + work.resolve("warehouse") + "\n");
        write(project.resolve("models/base.sql"), "{{ config(materialized='table') }}\nselect 1 as id");
        write(project.resolve("models/broken.sql"), "{{ config(materialized='table') }}\nselect no_such_column from {{ ref('base') }}");
        write(project.resolve("models/after_broken.sql"), "{{ config(materialized='table') }}\nselect * from {{ ref('broken') }}");
        write(project.resolve("models/independent.sql"), "{{ config(materialized='view') }}\nselect id * 2 as id from {{ ref('base') }}");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(SparkJvmFlags.FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gluedbt.cli.GluedbtCommand", "run", "--project-dir",
                project.toString(), "--profiles-dir", project.toString()));
        Path log = work.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("gluedbt run finished in time").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("ERROR creating sql table model failing.broken", "SKIP relation failing.after_broken",
                "OK created sql view model failing.independent", "Done. PASS=2 WARN=0 ERROR=1 SKIP=1 NO-OP=0 TOTAL=4",
                "UNRESOLVED_COLUMN");
        Path runResults = project.resolve("target/run_results.json");
        assertThat(DbtSchemas.validate(runResults, AcceptanceProjects.locate().repositoryRoot(), DbtSchemas.RUN_RESULTS)).isEmpty();
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(runResults.toFile()).get("results")) {
            statuses.put(result.get("unique_id").asText(), result.get("status").asText());
        }
        assertThat(statuses).containsExactlyEntriesOf(new TreeMap<>(Map.of("model.failing.after_broken", "skipped",
                "model.failing.base", "success", "model.failing.broken", "error", "model.failing.independent", "success")));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
