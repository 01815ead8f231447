package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * What the Python workers reach through py4j ({@code gateway.entry_point}): the JVM's SparkContext and one
 * child SparkSession per Glue session (own SQL configuration, current database and temporary views; shared
 * metastore). Public only because py4j calls it reflectively.
 */
public final class GatewayEntryPoint {
    private final SparkSession root;
    private final Map<String, SparkSession> sessions = new ConcurrentHashMap<>();

    GatewayEntryPoint(SparkSession root) {
        this.root = requireNonNull(root, "root is null");
    }

    public JavaSparkContext javaSparkContext() {
        return JavaSparkContext.fromSparkContext(root.sparkContext());
    }

    /** The Glue session's SparkSession, created on first use. */
    public SparkSession sparkSession(String glueSessionId) {
        requireNonNull(glueSessionId, "glueSessionId is null");
        return sessions.computeIfAbsent(glueSessionId, id -> root.newSession());
    }

    void forget(String glueSessionId) {
        sessions.remove(glueSessionId);
    }
}
