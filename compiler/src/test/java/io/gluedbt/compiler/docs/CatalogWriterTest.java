package io.gluedbt.compiler.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {
    @TempDir
    Path target;

    @Test
    void writesACatalogValidAgainstDbtsV1Schema() throws IOException {
        CatalogArtifact catalog = CatalogBuilder.create().build(CatalogBuilderTest.nycManifest(), CatalogBuilderTest.nycView(),
                CatalogBuilderTest.METADATA);
        Path file = CatalogWriter.create().write(target, catalog);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(CatalogSchema.validate(json)).isEmpty();
        assertThat(json.path("metadata").path("dbt_schema_version").asText()).isEqualTo("https://schemas.getdbt.com/dbt/catalog/v1.json");
        assertThat(json.path("errors").isNull()).isTrue();
        JsonNode gold = json.path("nodes").path("model.demo.gold_cost_metrics");
        assertThat(gold.path("metadata").toString()).isEqualTo(
                "{\"type\":\"table\",\"schema\":\"dbt_glue_demo_nyc_metrics\",\"name\":\"gold_cost_metrics\",\"database\":\"dbt_glue_demo_nyc_metrics\","
                        + "\"comment\":\"cost per distance\",\"owner\":\"analyst\"}");
        assertThat(gold.path("columns").path("avg_cost_per_distance").toString())
                .isEqualTo("{\"type\":\"double\",\"index\":2,\"name\":\"avg_cost_per_distance\",\"comment\":\"dollars per mile\"}");
        assertThat(gold.path("stats").path("rows").path("value").asLong()).isEqualTo(24);
        assertThat(gold.path("unique_id").asText()).isEqualTo("model.demo.gold_cost_metrics");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("}\n");
    }

    @Test
    void errorsAreAListWhenALookupFailedAndTheOutputIsByteStable() throws IOException {
        CatalogArtifact catalog = CatalogBuilder.create().build(CatalogBuilderTest.nycManifest(),
                CatalogBuilderTest.nycView().failing("nyctaxi", "records", "denied"), CatalogBuilderTest.METADATA);
        byte[] first = CatalogWriter.create().toBytes(catalog);

        JsonNode json = new ObjectMapper().readTree(first);
        assertThat(CatalogSchema.validate(json)).isEmpty();
        assertThat(json.path("errors").toString()).isEqualTo("[\"source.demo.data_source.records: cannot read nyctaxi.records: denied\"]");
        assertThat(CatalogWriter.create().toBytes(catalog)).isEqualTo(first);
    }
}
