package io.gluedbt.local.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.conformance.EngineConformanceTests;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.glue.GlueSessionEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The engine conformance suite on GlueSessionEngine, through the real Glue protocol, against the local Glue
 * endpoint (real PySpark statements on the same embedded Spark the local suite uses). Same scenarios, same
 * expected table contents as {@code LocalSparkConformanceTest}.
 */
class GlueSessionConformanceTest extends EngineConformanceTests {
    private static final Path WORK = Path.of("target", "glue-conformance-projects").toAbsolutePath();

    private static GlueSessionEngine engine;
    private static long sessionsBefore;

    @BeforeAll
    static void open() {
        sessionsBefore = TestGlue.endpoint().calls().sessionsCreated();
        engine = TestGlue.engine(Map.of("location", ""));
    }

    @AfterAll
    static void close() {
        engine.close();
        CallLog calls = TestGlue.endpoint().calls();
        assertThat(calls.sessionsCreated() - sessionsBefore).isEqualTo(engine.createdSessionIds().size());
        assertThat(engine.createdSessionIds()).isNotEmpty();
    }

    @Override
    protected Engine engine() {
        return engine;
    }

    /**
     * Without {@code location}, as the embedded engine runs: tables are the warehouse's managed tables. (With a location,
     * a Hudi table rebuilt in place keeps its old timeline, because Hudi's DROP TABLE ... PURGE leaves an external table's
     * files: a known gap; the acceptance tests use a location for the S3-staged payloads.)
     */
    @Override
    protected String profileOutput() {
        return TestGlue.profileOutput("").replace("location: " + TestGlue.LOCATION + "\n", "");
    }

    /**
     * Its own schemas ({@code glue_conf_...}): LocalSparkConformanceTest runs the same projects on the same warehouse in
     * this JVM, and whichever ran second found the other's tables (surefire's filesystem order differs per checkout).
     */
    @Override
    protected String schemaPrefix() {
        return "glue_";
    }

    @Override
    protected Path workDirectory() {
        return WORK;
    }
}
