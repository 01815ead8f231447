package io.gluedbt.local.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Tables written by one process are there for the next: two JVMs, one after the other, on one warehouse
 * (embedded Derby admits one JVM at a time), as two {@code gluedbt run}s would be.
 */
class PersistenceTest {
    private static final Path ROOT = Path.of("target", "spark-persistence-warehouse").toAbsolutePath();

    @Test
    void tablesOfEveryFormatAndViewsSurviveTheProcess() throws Exception {
        TestSpark.deleteRecursively(ROOT);

        assertThat(probe("write")).contains("written");
        assertThat(probe("read")).contains(
                "in_parquet table parquet 6", "in_delta table delta 2", "in_hudi table hudi 3", "in_iceberg table iceberg 5",
                "a_view view - 2", "partitions 3");
        assertThat(ROOT.resolve("warehouse/kept.db")).isDirectory();
        assertThat(ROOT.resolve("metastore_db")).isDirectory();
    }

    @Test
    void closingAndReopeningInOneJvmKeepsTables() {
        Statements.succeeded(Statements.run("before", "CREATE DATABASE IF NOT EXISTS reopen_test",
                "CREATE OR REPLACE TABLE reopen_test.kept USING delta AS SELECT 1 AS id"));

        LocalSparkEngine reopened = TestSpark.restart();

        assertThat(reopened.catalog().getRelation("reopen_test", "reopen_test", "kept")).isPresent();
        assertThat(Statements.rows("SELECT id FROM reopen_test.kept")).containsExactly(List.of(1L));
    }

    private static List<String> probe(String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(SparkJvmFlags.FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PersistenceProbe.class.getName(), mode, ROOT.toString()));
        Path log = Files.createTempFile(Path.of("target"), "persistence-" + mode + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("probe %s finished: %s", mode, output).isTrue();
        assertThat(process.exitValue()).as("probe %s exit: %s", mode, output).isZero();
        return output.lines().toList();
    }
}
