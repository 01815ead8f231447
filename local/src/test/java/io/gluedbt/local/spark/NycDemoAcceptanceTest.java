package io.gluedbt.local.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.local.data.NycTaxiGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog's project, unmodified, on the embedded engine: silver (parquet table) then gold (Iceberg,
 * incremental merge). Running gold again merges instead of duplicating; after a source change, rebuilding
 * silver and gold updates the matching gold row in place.
 */
class NycDemoAcceptanceTest {
    private static final String GOLD_COST = "glue_catalog.dbt_glue_demo_nyc_metrics.gold_cost_metrics";
    private static final String GOLD_PASSENGERS = "glue_catalog.dbt_glue_demo_nyc_metrics.gold_passengers_metrics";

    @TempDir
    Path work;

    @Test
    void goldRerunsMergeAndFollowSourceChanges() {
        Path project = NycDemo.copyExample(work);
        LocalSparkEngine engine = TestSpark.engine();
        NycTaxiGenerator.generate(engine.session(), NycDemo.ROWS, NycTaxiGenerator.DEFAULT_SEED);

        NycDemo.run(project, "profiles", "silver");
        assertThat(rows("select count(*) from dbt_glue_demo_nyc_metrics.silver_avg_metrics")).containsExactly("24");
        NycDemo.run(project, "profiles/iceberg", "gold");
        List<String> costBefore = rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST);
        assertThat(costBefore).hasSize(24);
        assertThat(rows("select count(*) from " + GOLD_PASSENGERS)).containsExactly("24");

        NycDemo.run(project, "profiles/iceberg", "gold");
        assertThat(rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST)).as("second gold run merges")
                .containsExactlyElementsOf(costBefore);

        addExpensiveYellowTripsInJune2016(engine);
        NycDemo.run(project, "profiles", "silver");
        NycDemo.run(project, "profiles/iceberg", "gold");
        List<String> costAfter = rows("select year, month, type, avg_cost_per_distance from " + GOLD_COST);
        assertThat(costAfter).hasSize(24);
        String june = "2016|6|yellow|";
        assertThat(costAfter.stream().filter(row -> row.startsWith(june)).findFirst().orElseThrow())
                .isNotEqualTo(costBefore.stream().filter(row -> row.startsWith(june)).findFirst().orElseThrow());
        assertThat(costAfter.stream().filter(row -> !row.startsWith(june)).toList())
                .containsExactlyElementsOf(costBefore.stream().filter(row -> !row.startsWith(june)).toList());
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
}
