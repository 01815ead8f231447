package io.gluedbt.local.spark;

import io.gluedbt.compiler.conformance.EngineConformanceTests;
import io.gluedbt.compiler.engine.Engine;
import java.nio.file.Path;

/** The engine conformance suite on the embedded Spark (one SparkSession for the whole test JVM). */
class LocalSparkConformanceTest extends EngineConformanceTests {
    private static final Path WORK = Path.of("target", "conformance-projects").toAbsolutePath();

    @Override
    protected Engine engine() {
        return TestSpark.engine();
    }

    @Override
    protected String profileOutput() {
        return "type: local\nschema: ${schema}\nthreads: 2\n";
    }

    @Override
    protected Path workDirectory() {
        return WORK;
    }
}
