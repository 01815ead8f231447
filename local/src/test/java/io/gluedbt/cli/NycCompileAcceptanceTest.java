package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog's NYC taxi project compiles offline (profiles/iceberg, target dev, no environment variables at all:
 * the profile's {@code env_var('DBT_ROLE_ARN')} is only needed to run), its manifest is valid against dbt's
 * manifest v12 schema, the gold models read the silver table, and the output is byte-stable.
 */
class NycCompileAcceptanceTest {
    private static final AcceptanceProjects PROJECTS = AcceptanceProjects.locate();

    /** dbt-core 1.10.23's compiled gold_cost_metrics, verbatim (oracle/NOTES.md section 3). */
    private static final String GOLD_COST_METRICS = "\nSELECT (avg_total_amount/avg_trip_distance) as avg_cost_per_distance\n"
            + ", (avg_total_amount/avg_duration) as avg_cost_per_minute\n, year\n, month \n, type \n"
            + "FROM dbt_glue_demo_nyc_metrics.silver_avg_metrics";
    /** dbt-core 1.10.23's compiled gold_passengers_metrics, verbatim (oracle/NOTES.md section 3). */
    private static final String GOLD_PASSENGERS_METRICS = "\nSELECT (avg_total_amount/avg_passenger_count) as avg_cost_per_passenger\n"
            + ", (avg_duration/avg_passenger_count) as avg_duration_per_passenger\n"
            + ", (avg_trip_distance/avg_passenger_count) as avg_trip_distance_per_passenger\n, year\n, month \n, type \n"
            + "FROM dbt_glue_demo_nyc_metrics.silver_avg_metrics";

    @TempDir
    Path scratch;

    @Test
    void manifestValidatesAgainstDbtsManifestV12Schema() {
        Path target = compileCopy("first");

        assertThat(DbtSchemas.validate(target.resolve("manifest.json"), PROJECTS.repositoryRoot())).isEmpty();
    }

    @Test
    void goldModelsSelectFromTheSilverTable() throws IOException {
        Path compiled = compileCopy("first").resolve("compiled/dbt_glue_demo/models");

        assertThat(AcceptanceProjects.relativeFiles(compiled)).containsExactly(
                "gold/gold_cost_metrics.sql", "gold/gold_passengers_metrics.sql", "silver/silver_avg_metrics.sql");
        assertThat(Files.readString(compiled.resolve("gold/gold_cost_metrics.sql"))).isEqualTo(GOLD_COST_METRICS);
        assertThat(Files.readString(compiled.resolve("gold/gold_passengers_metrics.sql"))).isEqualTo(GOLD_PASSENGERS_METRICS);
        assertThat(Files.readString(compiled.resolve("silver/silver_avg_metrics.sql")))
                .contains("FROM nyctaxi.records")
                .endsWith("SELECT *\nFROM source_avg");
    }

    @Test
    void compilingTwiceGivesByteIdenticalArtifacts() throws IOException {
        Map<String, byte[]> first = artifacts(compileCopy("first"));
        Map<String, byte[]> second = artifacts(compileCopy("second"));

        assertThat(first).containsKeys("manifest.json", "compiled/dbt_glue_demo/models/gold/gold_cost_metrics.sql");
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    /** Compiles a fresh copy of the project in {@code scratch/<name>}; returns its target directory. */
    private Path compileCopy(String name) {
        Path project = AcceptanceProjects.copy(PROJECTS.nycTaxiDemo(), scratch.resolve(name));
        return AcceptanceProjects.compile(project, project.resolve("profiles/iceberg"), "dev");
    }

    private static Map<String, byte[]> artifacts(Path target) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> relative = AcceptanceProjects.relativeFiles(target);
        for (String file : relative) {
            files.put(file, Files.readAllBytes(target.resolve(file)));
        }
        return files;
    }
}
