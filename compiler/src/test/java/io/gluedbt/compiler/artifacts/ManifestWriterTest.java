package io.gluedbt.compiler.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {
    private final ManifestWriter writer = ManifestWriter.create();

    private JsonNode written() throws Exception {
        return new ObjectMapper().readTree(
                writer.toBytes(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled()));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path first, @TempDir Path second) throws Exception {
        Path a = writer.write(first, NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled());
        Path b = ManifestWriter.create().write(second.resolve("target"), NycTaxiManifest.manifest(),
                NycTaxiManifest.metadata(), NycTaxiManifest.compiled());
        assertThat(a.getFileName().toString()).isEqualTo("manifest.json");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void writesCompactJsonLikeDbtWithAFinalNewline() {
        String text = new String(writer.toBytes(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), List.of()),
                StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"metadata\":{\"dbt_schema_version\":\"https://schemas.getdbt.com/dbt/manifest/v12.json\",");
        assertThat(text).contains("\"metrics\":{},").endsWith("\"unit_tests\":{}}\n");
    }

    @Test
    void streamedFileEqualsTheInMemoryBytesAndLeavesNoTemporaryFile(@TempDir Path directory) throws Exception {
        Path file = writer.write(directory, NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled());
        assertThat(Files.readAllBytes(file)).isEqualTo(writer.toBytes(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled()));
        try (var listing = Files.list(directory)) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactly("manifest.json");
        }
    }

    @Test
    void metadataComesFromTheCallerAndTheProject() throws Exception {
        JsonNode metadata = written().get("metadata");
        assertThat(metadata.get("dbt_version").asText()).isEqualTo("1.10.0");
        assertThat(metadata.get("project_id").asText()).isEqualTo("e8d8e268588c6e4fea6fbefacd0b064b");
        assertThat(metadata.get("adapter_type").asText()).isEqualTo("glue");
        assertThat(metadata.get("user_id").isNull()).isTrue();
        assertThat(metadata.get("send_anonymous_usage_stats").asBoolean()).isFalse();
    }

    @Test
    void topLevelSectionsAreInDbtsOrder() throws Exception {
        assertThat(keys(written())).containsExactly("metadata", "nodes", "sources", "macros", "docs", "exposures",
                "metrics", "groups", "selectors", "disabled", "parent_map", "child_map", "group_map", "saved_queries",
                "semantic_models", "unit_tests");
    }

    @Test
    void incrementalModelConfigHasDefaultsAndKeepsUserKeys() throws Exception {
        JsonNode model = written().get("nodes").get("model.nyc_taxi.gold_cost_metrics");
        JsonNode config = model.get("config");
        assertThat(keys(config)).startsWith("enabled", "alias", "schema", "database", "tags", "meta", "group", "materialized")
                .endsWith("access", "freshness", "file_format", "iceberg_expire_snapshots", "table_properties");
        assertThat(config.get("unique_key").toString()).isEqualTo("[\"year\",\"month\",\"type\"]");
        assertThat(config.get("pre-hook").toString()).isEqualTo("[{\"sql\":\"refresh table {{ this }}\",\"transaction\":true,\"index\":null}]");
        assertThat(config.get("on_schema_change").asText()).isEqualTo("ignore");
        assertThat(config.get("docs").toString()).isEqualTo("{\"show\":false,\"node_color\":null}");
        assertThat(model.get("tags").toString()).isEqualTo("[\"gold\"]");
        assertThat(model.get("unrendered_config").has("pre-hook")).isTrue();
        assertThat(model.get("patch_path").asText()).isEqualTo("nyc_taxi://models/gold/schema.yml");
        assertThat(model.get("access").asText()).isEqualTo("protected");
        assertThat(model.get("created_at").decimalValue()).isEqualByComparingTo("1767225601.25");
    }

    @Test
    void compiledNodeCarriesInjectedCtes() throws Exception {
        JsonNode silver = written().get("nodes").get("model.nyc_taxi.silver_avg_metrics");
        assertThat(silver.get("compiled").asBoolean()).isTrue();
        assertThat(silver.get("extra_ctes_injected").asBoolean()).isTrue();
        assertThat(silver.get("extra_ctes").toString()).isEqualTo("[{\"id\":\"model.nyc_taxi.trips_clean\",\"sql\":"
                + "\" __dbt__cte__trips_clean as (\\nselect * from nyctaxi.records where dropoff_datetime is not null\\n)\"}]");
        assertThat(silver.get("compiled_code").asText()).startsWith("with __dbt__cte__trips_clean as (");
    }

    @Test
    void uncompiledNodeLooksLikeDbtsParseOutput() throws Exception {
        JsonNode hook = written().get("nodes").get("operation.nyc_taxi.nyc_taxi-on-run-end-0");
        assertThat(keys(hook)).doesNotContain("compiled", "compiled_code", "extra_ctes_injected", "extra_ctes")
                .endsWith("depends_on", "compiled_path", "contract", "index");
        assertThat(hook.get("compiled_path").isNull()).isTrue();
    }

    @Test
    void genericTestHasItsMetadataAndNoFileChecksum() throws Exception {
        JsonNode test = written().get("nodes").get("test.nyc_taxi.not_null_silver_avg_metrics_year.5c3c3e0a0b");
        assertThat(test.get("checksum").toString()).isEqualTo("{\"name\":\"none\",\"checksum\":\"\"}");
        assertThat(test.get("test_metadata").toString()).isEqualTo("{\"name\":\"not_null\",\"kwargs\":{\"column_name\":\"year\","
                + "\"model\":\"{{ get_where_subquery(ref('silver_avg_metrics')) }}\"},\"namespace\":null}");
        assertThat(test.get("config").get("schema").asText()).isEqualTo("dbt_test__audit");
        assertThat(test.get("config").get("severity").asText()).isEqualTo("warn");
        assertThat(test.get("attached_node").asText()).isEqualTo("model.nyc_taxi.silver_avg_metrics");
    }

    @Test
    void snapshotAndSeedConfigsHaveTheirOwnFields() throws Exception {
        JsonNode nodes = written().get("nodes");
        JsonNode snapshot = nodes.get("snapshot.nyc_taxi.records_snapshot").get("config");
        assertThat(snapshot.get("strategy").asText()).isEqualTo("timestamp");
        assertThat(snapshot.get("updated_at").asText()).isEqualTo("pickup_datetime");
        assertThat(snapshot.get("materialized").asText()).isEqualTo("snapshot");
        assertThat(keys(snapshot.get("snapshot_meta_column_names"))).hasSize(5);
        JsonNode seed = nodes.get("seed.nyc_taxi.payment_types");
        assertThat(seed.get("config").get("delimiter").asText()).isEqualTo(";");
        assertThat(keys(seed)).endsWith("root_path", "depends_on").doesNotContain("refs", "language");
    }

    @Test
    void dependencyMapsAreSortedAndDisabledNodesAreSeparate() throws Exception {
        JsonNode manifest = written();
        assertThat(manifest.get("child_map").get("model.nyc_taxi.silver_avg_metrics").toString()).isEqualTo(
                "[\"model.nyc_taxi.gold_cost_metrics\",\"model.nyc_taxi.gold_passengers_metrics\","
                        + "\"test.nyc_taxi.not_null_silver_avg_metrics_year.5c3c3e0a0b\"]");
        assertThat(manifest.get("parent_map").get("exposure.nyc_taxi.taxi_dashboard").toString())
                .isEqualTo("[\"model.nyc_taxi.gold_cost_metrics\"]");
        assertThat(manifest.get("parent_map").has("model.nyc_taxi.legacy_metrics")).isFalse();
        assertThat(manifest.get("disabled").get("model.nyc_taxi.legacy_metrics").get(0).get("config").get("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void compiledResultsNamingANodeTwiceAreRejected() {
        List<CompiledNode> twice = List.of(NycTaxiManifest.compiled().get(0), NycTaxiManifest.compiled().get(0));
        assertThatThrownBy(() -> writer.toBytes(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compiled results name model.nyc_taxi.trips_clean twice");
    }
}
