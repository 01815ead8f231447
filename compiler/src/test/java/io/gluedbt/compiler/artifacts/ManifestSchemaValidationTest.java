package io.gluedbt.compiler.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestSchemaValidationTest {
    private final ManifestWriter writer = ManifestWriter.create();

    @Test
    void compiledManifestValidatesAgainstDbtsSchema() throws Exception {
        byte[] bytes = writer.toBytes(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled());
        JsonNode manifest = new ObjectMapper().readTree(bytes);
        assertThat(manifest.get("nodes").size()).isEqualTo(10);
        assertThat(ManifestSchema.validate(manifest)).extracting(ValidationMessage::getMessage).isEmpty();
    }

    @Test
    void parsedOnlyManifestValidatesAgainstDbtsSchema() {
        ObjectNode manifest = writer.toJsonTree(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), List.of());
        assertThat(ManifestSchema.validate(manifest)).extracting(ValidationMessage::getMessage).isEmpty();
    }

    @Test
    void validatorRejectsABrokenManifest() {
        ObjectNode manifest = writer.toJsonTree(NycTaxiManifest.manifest(), NycTaxiManifest.metadata(), NycTaxiManifest.compiled());
        ((ObjectNode) manifest.get("nodes").get("model.nyc_taxi.gold_cost_metrics")).remove("unique_id");
        ((ObjectNode) manifest.get("exposures").get("exposure.nyc_taxi.taxi_dashboard")).put("type", "spreadsheet");
        Set<ValidationMessage> errors = ManifestSchema.validate(manifest);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("unique_id"))
                .anySatisfy(message -> assertThat(message).contains("type"));
    }
}
