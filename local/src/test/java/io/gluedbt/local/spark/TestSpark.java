package io.gluedbt.local.spark;

import io.gluedbt.local.Directories;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test JVM's one engine, on a fresh warehouse under {@code target/spark-test-warehouse}, shared by every
 * test class (a SparkSession costs seconds; one per JVM). Never closed by tests except through {@link #restart}.
 */
public final class TestSpark {
    public static final Path ROOT = Path.of("target", "spark-test-warehouse").toAbsolutePath();

    private static LocalSparkEngine engine;

    private TestSpark() {}

    public static synchronized LocalSparkEngine engine() {
        if (engine == null) {
            deleteRecursively(ROOT);
            engine = LocalSparkEngine.open(ROOT, Map.of());
        }
        return engine;
    }

    /** Closes the engine (stopping Spark) and opens a new one on the same warehouse. */
    public static synchronized LocalSparkEngine restart() {
        engine().close();
        engine = LocalSparkEngine.open(ROOT, Map.of());
        return engine;
    }

    public static void deleteRecursively(Path directory) {
        Directories.deleteRecursively(directory);
    }
}
