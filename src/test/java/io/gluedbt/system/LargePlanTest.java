package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.functions.pipeline.ArchiveLimits;
import io.gluedbt.functions.pipeline.PipelineSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-node plan (20 layers of 100 table models, pool of 10) through the real ASL: every execution (the parent
 * and each lane child, handing over every 300 Lambda steps) stays under Step Functions' 25,000 history events and
 * 256 KiB payloads, and every node runs once, never two statements on one session. The figures go to
 * system-tests/target/large-plan.json.
 */
class LargePlanTest {
    private static final int LAYERS = 20;
    private static final int WIDTH = 100;

    @Test
    void twoThousandNodesStayUnderTheExecutionLimits() throws Exception {
        PipelineSettings settings = new PipelineSettings(ArchiveLimits.defaults(), 10, 300, 1, 30, 3);
        try (Pipeline pipeline = Pipeline.onFakeGlue(settings)) {
            pipeline.upload("projects/large.zip", SyntheticProject.layered(LAYERS, WIDTH, 10));
            long started = System.nanoTime();

            ExecutionReport report = pipeline.execute("large-1", pipeline.objectCreated("projects/large.zip"));

            double seconds = (System.nanoTime() - started) / 1e9;
            String figures = "{\"nodes\": " + LAYERS * WIDTH + ", \"executions\": " + report.executions().size() + ", \"maxAwsHistoryEvents\": "
                    + report.maxAwsHistoryEvents() + ", \"largestPayloadBytes\": " + report.largestPayloadBytes() + ", \"seconds\": "
                    + Math.round(seconds) + ", \"perExecution\": " + report.executions() + "}";
            Files.writeString(Path.of("target/large-plan.json"), figures + "\n");
            System.out.println("2,000-node plan: " + figures);
            assertThat(report.status()).as(report.cause()).isEqualTo("SUCCEEDED");
            assertThat(report.output().get("ok").asInt()).isEqualTo(LAYERS * WIDTH);
            assertThat(report.executions().size()).as("the parent, ten lanes, and the lanes' hand-overs").isGreaterThan(1 + 10 * 2);
            assertThat(report.maxAwsHistoryEvents()).isLessThan(25_000);
            assertThat(report.largestPayloadBytes()).isLessThan(256 * 1024);
            assertThat(pipeline.fakeGlue().statements()).as("one per node").isEqualTo(LAYERS * WIDTH);
            assertThat(pipeline.fakeGlue().databases()).containsExactly("synthetic");
            assertThat(pipeline.fakeGlue().overlappingStatements()).isZero();
            assertThat(pipeline.fakeGlue().sessionsCreated()).isEqualTo(10);
            assertThat(pipeline.fakeGlue().sessionsNotStopped()).isZero();
            JsonNode runResults = pipeline.artifact("runs/large-1/run_results.json").orElseThrow();
            assertThat(runResults.get("results").size()).isEqualTo(LAYERS * WIDTH);
            assertThat(runResults.get("metadata").get("dbt_schema_version").asText()).isEqualTo("https://schemas.getdbt.com/dbt/run-results/v6.json");
        }
    }
}
