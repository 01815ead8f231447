package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.functions.pipeline.PipelineSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EventBridge delivers at least once: the same S3 object version delivered twice starts one run (S3 If-None-Match). */
class DuplicateDeliveryTest {
    private Pipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        pipeline = Pipeline.onFakeGlue(PipelineSettings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        pipeline.close();
    }

    @Test
    void theSecondDeliveryOfOneObjectVersionStartsNoRun() throws Exception {
        pipeline.upload("projects/small.zip", SyntheticProject.layered(3, 3, 2));
        JsonNode event = pipeline.objectCreated("projects/small.zip");

        ExecutionReport first = pipeline.execute("delivery-1", event);
        ExecutionReport second = pipeline.execute("delivery-2", event);

        assertThat(first.status()).as(first.cause()).isEqualTo("SUCCEEDED");
        assertThat(first.output().get("ok").asInt()).isEqualTo(9);
        assertThat(second.status()).isEqualTo("SUCCEEDED");
        assertThat(second.output().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(second.output().get("runId").asText()).isEqualTo("delivery-1");
        assertThat(pipeline.artifactKeys("runs/delivery-2/")).isEmpty();
        assertThat(pipeline.fakeGlue().sessionsCreated()).isEqualTo(2);
        assertThat(pipeline.fakeGlue().sessionsNotStopped()).isZero();
        assertThat(pipeline.fakeGlue().statements()).as("one per node").isEqualTo(9);
        assertThat(pipeline.fakeGlue().databases()).as("the schema, through the catalog API").containsExactly("synthetic");
    }

    @Test
    void aNewVersionOfTheObjectStartsANewRun() throws Exception {
        pipeline.upload("projects/again.zip", SyntheticProject.layered(1, 2, 1));
        ExecutionReport first = pipeline.execute("again-1", pipeline.objectCreated("projects/again.zip"));
        pipeline.upload("projects/again.zip", SyntheticProject.layered(1, 3, 1));
        ExecutionReport second = pipeline.execute("again-2", pipeline.objectCreated("projects/again.zip"));

        assertThat(first.output().get("ok").asInt()).isEqualTo(2);
        assertThat(second.output().get("status").asText()).isEqualTo("success");
        assertThat(second.output().get("ok").asInt()).isEqualTo(3);
    }
}
