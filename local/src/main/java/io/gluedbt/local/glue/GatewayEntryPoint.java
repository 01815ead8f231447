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
    private final Map<String, Map<String, String>> configurations = new ConcurrentHashMap<>();

    GatewayEntryPoint(SparkSession root) {
        this.root = requireNonNull(root, "root is null");
    }

    public JavaSparkContext javaSparkContext() {
        return JavaSparkContext.fromSparkContext(root.sparkContext());
    }

    /** The Glue session's SparkSession, created on first use with the session's {@code --conf} settings. */
    public SparkSession sparkSession(String glueSessionId) {
        requireNonNull(glueSessionId, "glueSessionId is null");
        return sessions.computeIfAbsent(glueSessionId, id -> {
            SparkSession session = root.newSession();
            configurations.getOrDefault(id, Map.of()).forEach((key, value) -> session.conf().set(key, value));
            return session;
        });
    }

    /**
     * Remembers the Spark settings of a session's {@code --conf} argument ({@code k=v --conf k2=v2}, as Glue takes
     * it). Only settings a running session may change apply: catalog definitions (Glue's {@code GlueCatalog},
     * {@code S3FileIO}, warehouses), extensions and other static settings belong to the endpoint, whose metastore
     * stands in for the Glue Data Catalog. Returns the settings it ignored.
     */
    java.util.List<String> configure(String glueSessionId, String confArgument) {
        Map<String, String> applied = new java.util.LinkedHashMap<>();
        java.util.List<String> ignored = new java.util.ArrayList<>();
        for (String setting : confArgument.split("\\s*--conf\\s+")) {
            String trimmed = setting.trim();
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = trimmed.substring(0, equals).trim();
            if (root.conf().isModifiable(key) && !key.startsWith("spark.sql.catalog.")) {
                applied.put(key, trimmed.substring(equals + 1).trim());
            } else {
                ignored.add(key);
            }
        }
        configurations.put(glueSessionId, Map.copyOf(applied));
        return java.util.List.copyOf(ignored);
    }

    void forget(String glueSessionId) {
        sessions.remove(glueSessionId);
        configurations.remove(glueSessionId);
    }
}
