package io.gluedbt.compiler.graph;

import static io.gluedbt.compiler.graph.ManifestFixture.model;
import static io.gluedbt.compiler.graph.ManifestFixture.test;
import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

class LsFormatterTest {
    private static final String SOURCE = "source.dbt_glue_demo.data_source.records";

    private final Manifest manifest = ManifestFixture.nycTaxi();
    private final NodeSelector selector = NodeSelector.create(manifest, DependencyGraph.of(manifest));

    @Test
    void selectorLinesAreWhatDbtLsPrintsForPlusGoldCostMetrics() {
        SortedSet<String> selected = selector.select(SelectionSpec.parse(List.of("+gold_cost_metrics"), List.of()));

        assertThat(LsFormatter.lines(manifest, selected, LsFormatter.DEFAULT_RESOURCE_TYPES, LsOutput.SELECTOR))
                .containsExactly(
                        "dbt_glue_demo.gold.gold_cost_metrics",
                        "dbt_glue_demo.silver.silver_avg_metrics",
                        "source:dbt_glue_demo.data_source.records",
                        "dbt_glue_demo.silver.not_null_silver_avg_metrics_year");
    }

    @Test
    void resourceTypesFilterTheListing() {
        SortedSet<String> everything = selector.select(SelectionSpec.parse(List.of(), List.of()));

        assertThat(LsFormatter.lines(manifest, everything, java.util.Set.of(io.gluedbt.compiler.model.ResourceType.MODEL),
                LsOutput.NAME)).containsExactly("gold_cost_metrics", "gold_passengers_metrics", "silver_avg_metrics");
        assertThat(LsFormatter.DEFAULT_RESOURCE_TYPES).doesNotContain(io.gluedbt.compiler.model.ResourceType.ANALYSIS);
        assertThat(LsFormatter.ALL_RESOURCE_TYPES).contains(io.gluedbt.compiler.model.ResourceType.ANALYSIS);
    }

    @Test
    void nameAndPathForms() {
        assertThat(LsFormatter.nameLine(manifest, SOURCE)).isEqualTo("data_source.records");
        assertThat(LsFormatter.nameLine(manifest, model("silver_avg_metrics"))).isEqualTo("silver_avg_metrics");
        assertThat(LsFormatter.pathLine(manifest, model("silver_avg_metrics"))).isEqualTo("models/silver/silver_avg_metrics.sql");
        assertThat(LsFormatter.pathLine(manifest, SOURCE)).isEqualTo("models/source_tables.yml");
        assertThat(LsFormatter.line(manifest, test("not_null_silver_avg_metrics_year"), LsOutput.PATH))
                .isEqualTo("models/silver/schema.yml");
    }

    @Test
    void exposuresAndVersionedModels() {
        Node versioned = Node.builder("model.p.orders.v2", io.gluedbt.compiler.model.ResourceType.MODEL)
                .packageName("p").name("orders").path("orders_v2.sql").originalFilePath("models/orders_v2.sql")
                .fqn(List.of("p", "orders", "v2")).version("2").build();
        Manifest withExposure = ManifestFixture.project("p").add(versioned).exposure("dash", "model.p.orders.v2").build();

        assertThat(LsFormatter.selectorLine(withExposure, "exposure.p.dash")).isEqualTo("exposure:p.dash");
        assertThat(LsFormatter.nameLine(withExposure, "exposure.p.dash")).isEqualTo("dash");
        assertThat(LsFormatter.nameLine(withExposure, "model.p.orders.v2")).isEqualTo("orders.v2");
        assertThat(LsFormatter.selectorLine(withExposure, "model.p.orders.v2")).isEqualTo("p.orders.v2");
    }

    @Test
    void jsonUsesDbtsKeysAndPythonSeparators() {
        assertThat(LsFormatter.jsonLine(manifest, model("gold_cost_metrics"))).isEqualTo(
                "{\"name\": \"gold_cost_metrics\", \"resource_type\": \"model\", \"package_name\": \"dbt_glue_demo\", "
                        + "\"original_file_path\": \"models/gold/gold_cost_metrics.sql\", "
                        + "\"unique_id\": \"model.dbt_glue_demo.gold_cost_metrics\", \"alias\": null, "
                        + "\"config\": {\"materialized\": \"table\", \"file_format\": \"iceberg\"}, \"tags\": [], "
                        + "\"depends_on\": {\"macros\": [], \"nodes\": [\"model.dbt_glue_demo.silver_avg_metrics\"]}}");
        assertThat(LsFormatter.jsonLine(manifest, SOURCE)).isEqualTo(
                "{\"name\": \"records\", \"resource_type\": \"source\", \"package_name\": \"dbt_glue_demo\", "
                        + "\"original_file_path\": \"models/source_tables.yml\", "
                        + "\"unique_id\": \"source.dbt_glue_demo.data_source.records\", \"source_name\": \"data_source\", "
                        + "\"tags\": [], \"config\": {}}");
    }

    @Test
    void jsonEscapesLikePython() {
        assertThat(io.gluedbt.compiler.jinja.builtins.JsonText.dumps(Map.of("k", "caf\u00e9 \"q\"\n"))).isEqualTo("{\"k\": \"caf\\u00e9 \\\"q\\\"\\n\"}");
    }
}
