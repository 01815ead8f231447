package io.gluedbt.compiler.artifacts;

import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.model.DocBlock;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Macro;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.model.SourceTable;
import io.gluedbt.compiler.model.TestMetadata;
import io.gluedbt.compiler.sql.Cte;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A hand-made manifest in the shape of the blog's NYC taxi project, with one resource of every kind. */
final class NycTaxiManifest {
    static final String PROJECT = "nyc_taxi";
    static final String SCHEMA = "dbt_glue_demo_nyc_metrics";
    static final String CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Cte TRIPS_CLEAN = Cte.forEphemeral("model.nyc_taxi.trips_clean", "trips_clean",
            "select * from nyctaxi.records where dropoff_datetime is not null");

    private NycTaxiManifest() {}

    static ManifestMetadata metadata() {
        return new ManifestMetadata("1.10.0", "2026-01-01T00:00:00.000000Z", "00000000-0000-4000-8000-000000000000",
                "2026-01-01T00:00:00.000000Z", "2026-01-01T00:00:00.000000Z", Map.of(), Quoting.none(),
                1767225600.5, Map.of("model.nyc_taxi.gold_cost_metrics", 1767225601.25));
    }

    static Manifest manifest() {
        Map<String, Node> nodes = new TreeMap<>();
        for (Node node : List.of(ephemeral(), silver(), gold("gold_cost_metrics"), gold("gold_passengers_metrics"), seed(),
                snapshot(), genericTest(), singularTest(), analysis(), hook())) {
            nodes.put(node.uniqueId(), node);
        }
        Node disabled = model("legacy_metrics", "table").config(Map.of("enabled", false)).build();
        return new Manifest(PROJECT, "glue", new TreeMap<>(nodes), new TreeMap<>(Map.of(source().uniqueId(), source())),
                new TreeMap<>(Map.of(macro().uniqueId(), macro())), new TreeMap<>(Map.of(doc().uniqueId(), doc())),
                new TreeMap<>(Map.of(exposure().uniqueId(), exposure())), new TreeMap<>(Map.of(disabled.uniqueId(), disabled)),
                Map.of());
    }

    static List<CompiledNode> compiled() {
        return List.of(
                new CompiledNode("model.nyc_taxi.trips_clean", TRIPS_CLEAN.sql(), "target/compiled/nyc_taxi/models/silver/trips_clean.sql", List.of()),
                new CompiledNode("model.nyc_taxi.silver_avg_metrics",
                        "with" + TRIPS_CLEAN.injectedSql() + ",  source_avg as (select * from __dbt__cte__trips_clean) select * from source_avg",
                        "target/compiled/nyc_taxi/models/silver/silver_avg_metrics.sql", List.of(TRIPS_CLEAN)),
                new CompiledNode("model.nyc_taxi.gold_cost_metrics", "SELECT 1 as a FROM dbt_glue_demo_nyc_metrics.silver_avg_metrics",
                        "target/compiled/nyc_taxi/models/gold/gold_cost_metrics.sql", List.of()),
                new CompiledNode("test.nyc_taxi.not_null_silver_avg_metrics_year.5c3c3e0a0b",
                        "select year from dbt_glue_demo_nyc_metrics.silver_avg_metrics where year is null",
                        "target/compiled/nyc_taxi/models/silver/schema.yml/not_null_silver_avg_metrics_year.sql", List.of()));
    }

    private static Node.Builder model(String name, String materialized) {
        String directory = name.startsWith("gold") ? "gold" : "silver";
        return Node.builder("model." + PROJECT + "." + name, ResourceType.MODEL).packageName(PROJECT).name(name)
                .path(directory + "/" + name + ".sql").originalFilePath("models/" + directory + "/" + name + ".sql")
                .fqn(List.of(PROJECT, directory, name)).rawCode("select 1").checksum(CHECKSUM)
                .config(Map.of("materialized", materialized)).schema(SCHEMA).alias(name)
                .relationName(materialized.equals("ephemeral") ? null : SCHEMA + "." + name);
    }

    private static Node ephemeral() {
        return model("trips_clean", "ephemeral")
                .rawCode("select * from {{ source('data_source', 'records') }} where dropoff_datetime is not null")
                .sources(List.of(new SourceCall("data_source", "records")))
                .dependsOnNodes(List.of("source.nyc_taxi.data_source.records")).build();
    }

    private static Node silver() {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        columns.put("avg_duration", new ColumnInfo("avg_duration", "The average duration of a NYC Taxi trip", null, null, null, null));
        columns.put("year", new ColumnInfo("year", "The year of the NYC Taxi trip", "string", Map.of("owner", "taxi"), List.of("time"), true));
        return model("silver_avg_metrics", "table")
                .description("This table has basic metrics based on NYC Taxi Open Data for the year 2016")
                .columns(columns).patchPath("nyc_taxi://models/silver/schema.yml")
                .refs(List.of(RefCall.of("trips_clean"))).dependsOnNodes(List.of("model.nyc_taxi.trips_clean")).build();
    }

    private static Node gold(String name) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("materialized", "incremental");
        config.put("incremental_strategy", "merge");
        config.put("unique_key", List.of("year", "month", "type"));
        config.put("file_format", "iceberg");
        config.put("iceberg_expire_snapshots", "False");
        config.put("table_properties", Map.of("format-version", "2"));
        config.put("pre_hook", "refresh table {{ this }}");
        config.put("tags", "gold");
        config.put("docs", Map.of("show", false));
        return model(name, "incremental").config(config).patchPath("models/gold/schema.yml")
                .refs(List.of(RefCall.of("silver_avg_metrics")))
                .dependsOnMacros(List.of("macro.nyc_taxi.cents_to_dollars"))
                .dependsOnNodes(List.of("model.nyc_taxi.silver_avg_metrics")).build();
    }

    private static Node seed() {
        return Node.builder("seed.nyc_taxi.payment_types", ResourceType.SEED).packageName(PROJECT).name("payment_types")
                .path("payment_types.csv").originalFilePath("seeds/payment_types.csv").fqn(List.of(PROJECT, "payment_types"))
                .checksum(CHECKSUM).config(seedConfig())
                .schema(SCHEMA).alias("payment_types").relationName(SCHEMA + ".payment_types").build();
    }

    private static Map<String, Object> seedConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("delimiter", ";");
        config.put("column_types", Map.of("id", "int"));
        return config;
    }

    private static Node snapshot() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("strategy", "timestamp");
        config.put("unique_key", "id");
        config.put("updated_at", "pickup_datetime");
        config.put("target_schema", "snapshots");
        config.put("file_format", "hudi");
        return Node.builder("snapshot.nyc_taxi.records_snapshot", ResourceType.SNAPSHOT).packageName(PROJECT)
                .name("records_snapshot").path("records_snapshot.sql").originalFilePath("snapshots/records_snapshot.sql")
                .fqn(List.of(PROJECT, "records_snapshot", "records_snapshot")).checksum(CHECKSUM).config(config)
                .schema("snapshots").alias("records_snapshot").relationName("snapshots.records_snapshot")
                .sources(List.of(new SourceCall("data_source", "records")))
                .dependsOnNodes(List.of("source.nyc_taxi.data_source.records")).build();
    }

    private static Node genericTest() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column_name", "year");
        kwargs.put("model", "{{ get_where_subquery(ref('silver_avg_metrics')) }}");
        return Node.builder("test.nyc_taxi.not_null_silver_avg_metrics_year.5c3c3e0a0b", ResourceType.TEST).packageName(PROJECT)
                .name("not_null_silver_avg_metrics_year").path("not_null_silver_avg_metrics_year.sql")
                .originalFilePath("models/silver/schema.yml").fqn(List.of(PROJECT, "silver", "not_null_silver_avg_metrics_year"))
                .rawCode("{{ test_not_null(**_dbt_generic_test_kwargs) }}").config(Map.of("severity", "warn"))
                .schema(SCHEMA + "_dbt_test__audit").alias("not_null_silver_avg_metrics_year")
                .refs(List.of(RefCall.of("silver_avg_metrics")))
                .dependsOnMacros(List.of("macro.dbt.test_not_null", "macro.dbt.get_where_subquery"))
                .dependsOnNodes(List.of("model.nyc_taxi.silver_avg_metrics"))
                .testMetadata(new TestMetadata("not_null", null, kwargs)).columnName("year")
                .attachedNode("model.nyc_taxi.silver_avg_metrics").fileKeyName("models.silver_avg_metrics").build();
    }

    private static Node singularTest() {
        return Node.builder("test.nyc_taxi.assert_positive_cost", ResourceType.TEST).packageName(PROJECT)
                .name("assert_positive_cost").path("assert_positive_cost.sql").originalFilePath("tests/assert_positive_cost.sql")
                .fqn(List.of(PROJECT, "assert_positive_cost")).checksum(CHECKSUM)
                .rawCode("select * from {{ ref('gold_cost_metrics') }} where avg_cost_per_minute < 0")
                .schema(SCHEMA + "_dbt_test__audit").alias("assert_positive_cost")
                .refs(List.of(RefCall.of("gold_cost_metrics"))).dependsOnNodes(List.of("model.nyc_taxi.gold_cost_metrics")).build();
    }

    private static Node analysis() {
        return Node.builder("analysis.nyc_taxi.cost_by_month", ResourceType.ANALYSIS).packageName(PROJECT)
                .name("cost_by_month").path("analysis/cost_by_month.sql").originalFilePath("analyses/cost_by_month.sql")
                .fqn(List.of(PROJECT, "analysis", "cost_by_month")).checksum(CHECKSUM).rawCode("select 1")
                .schema(SCHEMA).alias("cost_by_month").build();
    }

    private static Node hook() {
        return Node.builder("operation.nyc_taxi.nyc_taxi-on-run-end-0", ResourceType.OPERATION).packageName(PROJECT)
                .name("nyc_taxi-on-run-end-0").path("hooks/nyc_taxi-on-run-end-0.sql").originalFilePath("./dbt_project.yml")
                .fqn(List.of(PROJECT, "hooks", "nyc_taxi-on-run-end-0")).checksum(CHECKSUM)
                .rawCode("msck repair table {{ target.schema }}.gold_cost_metrics").schema(SCHEMA)
                .alias("nyc_taxi-on-run-end-0").config(Map.of("materialized", "operation")).build();
    }

    private static SourceTable source() {
        Map<String, Object> freshness = Map.of("warn_after", Map.of("count", 12, "period", "hour"));
        return new SourceTable("source.nyc_taxi.data_source.records", PROJECT, "data_source", "records",
                "models/sources.yml", "models/sources.yml", List.of(PROJECT, "data_source", "records"), null, "nyctaxi",
                "records", "nyctaxi.records", "NYC taxi trips", "Glue Data Catalog", "glue", "pickup_datetime", freshness,
                Map.of("year", new ColumnInfo("year", "", null, null, null, null)), Map.of(), Map.of(), Map.of(), List.of("raw"));
    }

    private static Macro macro() {
        return new Macro("macro.nyc_taxi.cents_to_dollars", PROJECT, "cents_to_dollars", "macros/cents_to_dollars.sql",
                "macros/cents_to_dollars.sql", 1, "{% macro cents_to_dollars(column) %}({{ column }} / 100){% endmacro %}",
                List.of("column"), List.of());
    }

    private static DocBlock doc() {
        return new DocBlock("doc.nyc_taxi.trip_cost", PROJECT, "trip_cost", "docs.md", "models/docs.md", "The cost of a trip.");
    }

    private static Exposure exposure() {
        return new Exposure("exposure.nyc_taxi.taxi_dashboard", PROJECT, "taxi_dashboard", "gold/schema.yml",
                "models/gold/schema.yml", List.of(PROJECT, "gold", "taxi_dashboard"), "dashboard", "Taxi dashboard", "high",
                "https://quicksight.example.com/taxi", "", Map.of("name", "Data team", "email", "data@example.com"),
                List.of(RefCall.of("gold_cost_metrics")), List.of(), List.of("model.nyc_taxi.gold_cost_metrics"),
                Map.of(), List.of(), Map.of());
    }
}
