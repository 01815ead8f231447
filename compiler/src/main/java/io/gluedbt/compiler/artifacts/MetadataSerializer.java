package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** manifest.json's {@code metadata} block. */
final class MetadataSerializer {
    private MetadataSerializer() {}

    static ObjectNode serialize(ManifestMetadata metadata, String projectName, String adapterType) {
        ObjectNode node = JsonValues.object();
        node.put("dbt_schema_version", ManifestMetadata.SCHEMA_VERSION);
        node.put("dbt_version", metadata.dbtVersion());
        node.put("generated_at", metadata.generatedAt());
        node.set("invocation_id", JsonValues.text(metadata.invocationId()));
        node.set("invocation_started_at", JsonValues.text(metadata.invocationStartedAt()));
        node.set("env", JsonValues.toNode(metadata.environment()));
        node.put("project_name", projectName);
        node.put("project_id", projectId(projectName));
        node.putNull("user_id");
        node.put("send_anonymous_usage_stats", false);
        node.put("adapter_type", adapterType);
        node.set("quoting", quoting(metadata.quoting()));
        node.set("run_started_at", JsonValues.text(metadata.runStartedAt()));
        return node;
    }

    /** dbt's {@code Project.hashed_name()}: the MD5 hex digest of the project name. */
    static String projectId(String projectName) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(projectName.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }

    static ObjectNode quoting(Quoting quoting) {
        ObjectNode node = JsonValues.object();
        node.set("database", JsonValues.toNode(quoting.database()));
        node.set("schema", JsonValues.toNode(quoting.schema()));
        node.set("identifier", JsonValues.toNode(quoting.identifier()));
        node.set("column", JsonValues.toNode(quoting.column()));
        return node;
    }
}
