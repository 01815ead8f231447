package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gluedbt ls} on the blog's NYC taxi project prints exactly what dbt-core 1.10.23 prints for the same
 * flags (oracle/NOTES.md section 4: one selector per line, sorted; {@code -m} is {@code -s}'s legacy alias).
 */
class LsAcceptanceTest {
    private static final String SILVER = "dbt_glue_demo.silver.silver_avg_metrics";
    private static final String GOLD_COST = "dbt_glue_demo.gold.gold_cost_metrics";
    private static final String GOLD_PASSENGERS = "dbt_glue_demo.gold.gold_passengers_metrics";
    private static final String SOURCE = "source:dbt_glue_demo.data_source.records";

    @TempDir
    static Path scratch;
    private static Path project;

    @BeforeAll
    static void copyProject() {
        project = AcceptanceProjects.copy(AcceptanceProjects.locate().nycTaxiDemo(), scratch.resolve("nyc_taxi_demo"));
    }

    static Stream<Arguments> dbtLsOutputs() {
        return Stream.of(
                Arguments.of(List.of("-s", "silver"), List.of(SILVER)),
                Arguments.of(List.of("-s", "+gold_cost_metrics"), List.of(GOLD_COST, SILVER, SOURCE)),
                Arguments.of(List.of("-s", "path:models/gold"), List.of(GOLD_COST, GOLD_PASSENGERS)),
                Arguments.of(List.of("--exclude", "silver_avg_metrics"), List.of(GOLD_COST, GOLD_PASSENGERS, SOURCE)),
                Arguments.of(List.of("-m", "silver"), List.of(SILVER)),
                Arguments.of(List.of(), List.of(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE)));
    }

    @ParameterizedTest(name = "gluedbt ls {0}")
    @MethodSource("dbtLsOutputs")
    void printsWhatDbtPrints(List<String> selection, List<String> expectedLines) {
        List<String> arguments = new ArrayList<>(List.of("ls", "--project-dir", project.toString(),
                "--profiles-dir", project.resolve("profiles/iceberg").toString(), "--target", "dev"));
        arguments.addAll(selection);

        CapturedRun run = CapturedRun.of(arguments);

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.stderr()).isZero();
        assertThat(run.stdout().lines().toList()).containsExactlyElementsOf(expectedLines);
        assertThat(run.stdout()).endsWith("\n");
        assertThat(run.stderr()).isEmpty();
    }

    /** One {@link GluedbtCommand#execute(String...)} with System.out and System.err captured. */
    private record CapturedRun(int exitCode, String stdout, String stderr) {
        static synchronized CapturedRun of(List<String> arguments) {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exitCode;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exitCode = GluedbtCommand.execute(arguments.toArray(String[]::new));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            return new CapturedRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
