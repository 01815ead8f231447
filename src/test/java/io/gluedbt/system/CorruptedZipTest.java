package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.functions.pipeline.PipelineSettings;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A corrupted upload fails the execution with the clear message, through Catch → Finalize → Fail, and opens no session. */
class CorruptedZipTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.onFakeGlue(PipelineSettings.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        pipeline.close();
    }

    @Test
    void notAZipFailsTheExecutionWithTheCompileMessage() throws Exception {
        pipeline.upload("projects/broken.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8));

        ExecutionReport report = pipeline.execute("broken-1", pipeline.objectCreated("projects/broken.zip"));

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.error()).isEqualTo("io.gluedbt.compiler.error.GluedbtException");
        assertThat(report.cause()).isEqualTo("s3://projects/projects/broken.zip: not a zip archive (a dbt project must be uploaded as a .zip of the project directory)");
        assertThat(pipeline.fakeGlue().sessionsCreated()).isZero();
        assertThat(pipeline.artifactKeys("runs/broken-1/")).doesNotContain("runs/broken-1/plan.json");
    }

    @Test
    void truncatedZipFailsWithTheCorruptionMessage() throws Exception {
        byte[] zip = SyntheticProject.layered(1, 2, 1);
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        pipeline.upload("projects/truncated.zip", truncated);

        ExecutionReport report = pipeline.execute("truncated-1", pipeline.objectCreated("projects/truncated.zip"));

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.error()).isEqualTo("io.gluedbt.compiler.error.GluedbtException");
        assertThat(report.cause()).startsWith("s3://projects/projects/truncated.zip: corrupted");
    }
}
