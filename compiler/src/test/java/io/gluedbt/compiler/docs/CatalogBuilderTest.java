package io.gluedbt.compiler.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.RelationDetails;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CatalogBuilderTest {
    static final CatalogMetadata METADATA = new CatalogMetadata("1.10.0", "2026-01-01T00:00:00.000000Z", "invocation", Map.of());
    static final String SCHEMA = "dbt_glue_demo_nyc_metrics";

    @Test
    void readsOnlyTheProjectsRelationsWithColumnsInOrderAndTheirStatistics() {
        FakeCatalogView view = nycView();
        CatalogArtifact catalog = CatalogBuilder.create().build(nycManifest(), view, METADATA);

        assertThat(catalog.nodes()).containsOnlyKeys("model.demo.gold_cost_metrics", "model.demo.silver_avg_metrics", "model.demo.recent_trips");
        assertThat(catalog.sources()).containsOnlyKeys("source.demo.data_source.records");
        assertThat(catalog.errors()).isEmpty();

        CatalogTable gold = catalog.nodes().get("model.demo.gold_cost_metrics");
        assertThat(gold.type()).isEqualTo("table");
        assertThat(gold.schema()).isEqualTo(SCHEMA);
        assertThat(gold.name()).isEqualTo("gold_cost_metrics");
        assertThat(gold.comment()).isEqualTo("cost per distance");
        assertThat(gold.owner()).isEqualTo("analyst");
        assertThat(gold.columns()).containsExactly(
                new CatalogColumn("year", "string", 1, null),
                new CatalogColumn("avg_cost_per_distance", "double", 2, "dollars per mile"));
        assertThat(gold.stats()).extracting(CatalogStat::id, CatalogStat::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("has_stats", true),
                org.assertj.core.groups.Tuple.tuple("bytes", 2048L),
                org.assertj.core.groups.Tuple.tuple("rows", 24L),
                org.assertj.core.groups.Tuple.tuple("format", "iceberg"),
                org.assertj.core.groups.Tuple.tuple("partitioned_by", "year"));

        CatalogTable recentTrips = catalog.nodes().get("model.demo.recent_trips");
        assertThat(recentTrips.type()).isEqualTo("view");
        assertThat(recentTrips.stats()).extracting(CatalogStat::id, CatalogStat::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("has_stats", false));
    }

    @Test
    void asksTheViewOnlyAboutOwnedAndDeclaredRelationsAndNeverRunsAQuery() {
        FakeCatalogView view = nycView();
        CatalogBuilder.create().build(nycManifest(), view, METADATA);

        assertThat(view.calls).filteredOn(call -> call.startsWith("getRelation")).containsExactly(
                "getRelation " + SCHEMA + ".gold_cost_metrics",
                "getRelation " + SCHEMA + ".recent_trips",
                "getRelation " + SCHEMA + ".silver_avg_metrics",
                "getRelation " + SCHEMA + ".zones",
                "getRelation nyctaxi.records");
        assertThat(view.calls).doesNotContain("tableFormat " + SCHEMA + ".recent_trips", "partitionColumns " + SCHEMA + ".recent_trips");
    }

    @Test
    void aFailedLookupIsReportedAndTheOtherRelationsAreStillRead() {
        FakeCatalogView view = nycView().failing(SCHEMA, "silver_avg_metrics", "metastore unavailable");
        CatalogArtifact catalog = CatalogBuilder.create().build(nycManifest(), view, METADATA);

        assertThat(catalog.errors()).containsExactly(
                "model.demo.silver_avg_metrics: cannot read " + SCHEMA + ".silver_avg_metrics: metastore unavailable");
        assertThat(catalog.nodes()).containsOnlyKeys("model.demo.gold_cost_metrics", "model.demo.recent_trips");
        assertThat(catalog.sources()).containsOnlyKeys("source.demo.data_source.records");
    }

    static FakeCatalogView nycView() {
        return new FakeCatalogView()
                .table("nyctaxi", "records", RelationType.TABLE, List.of(new Column("vendor_id", "bigint"), new Column("total_amount", "double")))
                .table(SCHEMA, "silver_avg_metrics", RelationType.TABLE, List.of(new Column("year", "string"), new Column("avg_duration", "double")))
                .table(SCHEMA, "gold_cost_metrics", RelationType.TABLE,
                        List.of(new Column("year", "string"), new Column("avg_cost_per_distance", "double")))
                .details(SCHEMA, "gold_cost_metrics", new RelationDetails("cost per distance", "analyst",
                        Map.of("avg_cost_per_distance", "dollars per mile"), 2048L, 24L), "iceberg", List.of("year"))
                .table(SCHEMA, "recent_trips", RelationType.VIEW, List.of(new Column("vendor_id", "bigint")))
                // the same schema holds a table the project does not own: it must not be read
                .table(SCHEMA, "someone_elses_table", RelationType.TABLE, List.of(new Column("x", "int")));
    }

    static Manifest nycManifest() {
        TreeMap<String, Node> nodes = new TreeMap<>();
        add(nodes, model("silver_avg_metrics", "table"));
        add(nodes, model("gold_cost_metrics", "incremental"));
        add(nodes, model("recent_trips", "view"));
        add(nodes, model("trips_cte", "ephemeral"));
        add(nodes, Node.builder("model.demo.retired", ResourceType.MODEL).packageName("demo").path("x.sql").originalFilePath("models/x.sql").fqn(List.of("demo")).name("retired").schema(SCHEMA).database(SCHEMA)
                .alias("retired").config(Map.of("materialized", "table", "enabled", false)).build());
        add(nodes, Node.builder("seed.demo.zones", ResourceType.SEED).packageName("demo").path("x.sql").originalFilePath("models/x.sql").fqn(List.of("demo")).name("zones").schema(SCHEMA).database(SCHEMA)
                .alias("zones").config(Map.of("materialized", "seed")).build());
        add(nodes, Node.builder("test.demo.not_null_gold_cost_metrics_year", ResourceType.TEST).packageName("demo").path("x.sql").originalFilePath("models/x.sql").fqn(List.of("demo"))
                .name("not_null_gold_cost_metrics_year").schema(SCHEMA).database(SCHEMA).alias("not_null_gold_cost_metrics_year")
                .config(Map.of("materialized", "test")).build());
        TreeMap<String, SourceTable> sources = new TreeMap<>();
        String source = "source.demo.data_source.records";
        sources.put(source, new SourceTable(source, "demo", "data_source", "records", "models/source_tables.yml", "models/source_tables.yml",
                List.of("demo", "data_source", "records"), "nyctaxi", "nyctaxi", "records", "nyctaxi.records", null, null, null, null, null,
                null, Map.of(), null, null, List.of()));
        return new Manifest("demo", "glue", nodes, sources, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Map.of());
    }

    private static Node model(String name, String materialized) {
        return Node.builder("model.demo." + name, ResourceType.MODEL).packageName("demo").path("x.sql").originalFilePath("models/x.sql").fqn(List.of("demo")).name(name).schema(SCHEMA).database(SCHEMA)
                .alias(name).config(Map.of("materialized", materialized)).build();
    }

    private static void add(Map<String, Node> nodes, Node node) {
        nodes.put(node.uniqueId(), node);
    }
}
