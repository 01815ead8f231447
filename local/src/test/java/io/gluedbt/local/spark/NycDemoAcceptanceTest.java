package io.gluedbt.local.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.local.data.NycTaxiGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog's project, unmodified, on the embedded engine: silver (parquet table) then gold (Iceberg,
 * incremental merge). Running gold again merges instead of duplicating; after a source change, rebuilding
 * silver and gold updates the matching gold row in place.
 */
class NycDemoAcceptanceTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nyc_taxi_demo").toAbsolutePath().normalize();
    private static final String GOLD_COST = "glue_catalog.dbt_glue_demo_nyc_metrics.gold_cost_metrics";
    private static final String GOLD_PASSENGERS = "glue_catalog.dbt_glue_demo_nyc_metrics.gold_passengers_metrics";

    @TempDir
    Path work;

    @Test
    void goldRerunsMergeAndFollowSourceChanges() throws IOException {
        Path project = copyExample();
        LocalSparkEngine engine = TestSpark.engine();
        NycTaxiGenerator.generate(engine.session(), 20_000, NycTaxiGenerator.DEFAULT_SEED);

        run(project, "profiles", "silver");
        assertThat(rows("select count(*) from dbt_glue_demo_nyc_metrics.silver_avg_metrics")).containsExactly("24");
        run(project, "profiles/iceberg", "gold");
        List<String> costBefore = rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST);
        assertThat(costBefore).hasSize(24);
        assertThat(rows("select count(*) from " + GOLD_PASSENGERS)).containsExactly("24");

        run(project, "profiles/iceberg", "gold");
        assertThat(rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST)).as("second gold run merges")
                .containsExactlyElementsOf(costBefore);

        addExpensiveYellowTripsInJune2016(engine);
        run(project, "profiles", "silver");
        run(project, "profiles/iceberg", "gold");
        List<String> costAfter = rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST);
        assertThat(costAfter).hasSize(24);
        String june = "2016|6|yellow|";
        assertThat(costAfter.stream().filter(row -> row.startsWith(june)).findFirst().orElseThrow())
                .isNotEqualTo(costBefore.stream().filter(row -> row.startsWith(june)).findFirst().orElseThrow());
        assertThat(costAfter.stream().filter(row -> !row.startsWith(june)).toList())
                .containsExactlyElementsOf(costBefore.stream().filter(row -> !row.startsWith(june)).toList());
    }

    private void run(Path project, String profilesDirectory, String select) {
        LoadOptions options = LoadOptions.forProject(project).withProfilesDir(project.resolve(profilesDirectory)).withTarget("local")
                .withEnvironment(Map.of()).withUserHome(project);
        ProjectSession session = ProjectSession.open(options);
        RunResults results = session.run(TestSpark.engine(), RunRequest.of(RunCommand.RUN, new SelectionRequest(List.of(select), List.of(), null))
                .withThreads(2), session.planner(RunMode.INCREMENTAL));
        assertThat(results.results()).isNotEmpty().allSatisfy(result ->
                assertThat(result.status()).as(result.uniqueId() + ": " + result.message()).isEqualTo(RunStatus.SUCCESS));
    }

    /** Adds trips costing 1000 to yellow / 2016 / June only: every other gold row must stay as it was. */
    private static void addExpensiveYellowTripsInJune2016(LocalSparkEngine engine) {
        List<Column> columns = engine.catalog().getColumns(Relation.table("nyctaxi", "records"));
        String select = columns.stream().map(column -> column.getName().equals("total_amount") ? "1000.0 as total_amount" : column.getName())
                .collect(Collectors.joining(", "));
        NodeResult result = engine.execute(new NodeStatements("test.change_source", List.of(SqlStatement.run(
                "insert into nyctaxi.records select " + select + " from nyctaxi.records"
                        + " where year = '2016' and month = '6' and type = 'yellow' and dropoff_datetime is not null limit 50", "change source"))));
        assertThat(result.failure()).isEmpty();
    }

    private static List<String> rows(String sql) {
        NodeResult result = TestSpark.engine().execute(new NodeStatements("test.query", List.of(SqlStatement.fetch(sql, "check", 1000))));
        assertThat(result.failure()).as(sql).isEmpty();
        return result.outcomes().get(0).rows().stream()
                .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).sorted().toList();
    }

    private Path copyExample() throws IOException {
        Path target = work.resolve("nyc_taxi_demo");
        try (Stream<Path> paths = Files.walk(EXAMPLE)) {
            for (Path source : paths.filter(path -> !EXAMPLE.relativize(path).startsWith("target")).toList()) {
                Path destination = target.resolve(EXAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
