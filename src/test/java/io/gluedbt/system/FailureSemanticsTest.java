package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.functions.pipeline.PipelineSettings;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * dbt's failure semantics and Glue throttling through the real ASL, on the fake wire endpoint (the lead adds the same
 * scenarios on the local Glue endpoint with real Spark): a failed model's descendants are SKIPPED and never run,
 * independent models still run, the execution FAILS naming the node, and no session is left running; a throttling
 * storm is absorbed by the Retry on SessionThrottledException.
 */
class FailureSemanticsTest {
    private Pipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        pipeline = new Pipeline(PipelineSettings.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        pipeline.close();
    }

    @Test
    void aFailedModelSkipsItsDescendantsAndFailsTheExecution() throws Exception {
        pipeline.upload("projects/failing.zip", SyntheticProject.layered(3, 3, 2, Set.of("m_0_0")));

        ExecutionReport report = pipeline.execute("fail-1", pipeline.objectCreated("projects/failing.zip"));

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.error()).isEqualTo("gluedbt.NodesFailed");
        assertThat(report.cause()).isEqualTo("1 of 9 nodes failed (model.synthetic.m_0_0), 5 skipped; see s3://artifacts/runs/fail-1/run_results.json");
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode result : pipeline.artifact("runs/fail-1/run_results.json").orElseThrow().get("results")) {
            statuses.put(result.get("unique_id").asText().replace("model.synthetic.", ""), result.get("status").asText());
        }
        assertThat(statuses).containsExactlyEntriesOf(new TreeMap<>(Map.of("m_0_0", "error", "m_0_1", "success", "m_0_2", "success",
                "m_1_0", "skipped", "m_1_1", "success", "m_1_2", "skipped", "m_2_0", "skipped", "m_2_1", "skipped", "m_2_2", "skipped")));
        assertThat(pipeline.glue.statements()).as("schema + the 4 runnable models; skipped ones never reach Glue").isEqualTo(5);
        assertThat(pipeline.glue.sessionsNotStopped()).isZero();
    }

    @Test
    void aThrottlingStormStillSucceeds() throws Exception {
        pipeline.upload("projects/storm.zip", SyntheticProject.layered(4, 4, 4));
        pipeline.glue.throttleEvery(3);

        ExecutionReport report = pipeline.execute("storm-1", pipeline.objectCreated("projects/storm.zip"));

        assertThat(report.status()).as(report.cause()).isEqualTo("SUCCEEDED");
        assertThat(report.output().get("ok").asInt()).isEqualTo(16);
        assertThat(pipeline.glue.throttled()).isGreaterThan(10);
        assertThat(pipeline.glue.overlappingStatements()).isZero();
        assertThat(pipeline.glue.sessionsNotStopped()).isZero();
    }
}
