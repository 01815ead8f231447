package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.SourceTable;
import java.util.List;
import java.util.Map;

/** One entry of {@code sources} (dbt's SourceDefinition). */
final class SourceSerializer {
    private static final List<String> CONFIG_KEYS =
            List.of("enabled", "event_time", "freshness", "loaded_at_field", "loaded_at_query", "meta", "tags");

    private SourceSerializer() {}

    static ObjectNode serialize(SourceTable source, double createdAt) {
        JsonNode freshness = freshness(source.freshness());
        ObjectNode json = JsonValues.object();
        json.set("database", JsonValues.text(source.database()));
        json.put("schema", source.schema() == null ? "" : source.schema());
        json.put("name", source.name());
        json.put("resource_type", "source");
        json.put("package_name", source.packageName());
        json.put("path", source.path());
        json.put("original_file_path", source.originalFilePath());
        json.put("unique_id", source.uniqueId());
        json.set("fqn", JsonValues.strings(source.fqn()));
        json.put("source_name", source.sourceName());
        json.put("source_description", source.sourceDescription());
        json.put("loader", source.loader());
        json.put("identifier", source.identifier() == null ? source.name() : source.identifier());
        json.set("quoting", MetadataSerializer.quoting(new Quoting(null, null, null, null)));
        json.set("loaded_at_field", JsonValues.text(source.loadedAtField()));
        json.putNull("loaded_at_query");
        json.set("freshness", freshness);
        json.putNull("external");
        json.put("description", source.description());
        json.set("columns", ColumnSerializer.serialize(source.columns()));
        json.set("meta", JsonValues.toNode(source.meta()));
        json.set("source_meta", JsonValues.toNode(source.sourceMeta()));
        json.set("tags", JsonValues.strings(source.tags()));
        json.set("config", config(source, freshness));
        json.putNull("patch_path");
        json.set("unrendered_config", JsonValues.object());
        json.set("relation_name", JsonValues.text(source.relationName()));
        json.set("created_at", JsonValues.timestamp(createdAt));
        json.putNull("unrendered_database");
        json.putNull("unrendered_schema");
        json.set("doc_blocks", JsonValues.array());
        return json;
    }

    private static ObjectNode config(SourceTable source, JsonNode freshness) {
        ObjectNode config = JsonValues.object();
        config.put("enabled", source.isEnabled());
        config.set("event_time", JsonValues.toNode(source.config().get("event_time")));
        config.set("freshness", freshness.deepCopy());
        config.set("loaded_at_field", JsonValues.text(source.loadedAtField()));
        config.putNull("loaded_at_query");
        config.set("meta", JsonValues.toNode(source.meta()));
        config.set("tags", JsonValues.strings(source.tags()));
        source.config().forEach((key, value) -> {
            if (!CONFIG_KEYS.contains(key)) {
                config.set(key, JsonValues.toNode(value));
            }
        });
        return config;
    }

    /** {@code {warn_after: {count, period}, error_after: {count, period}, filter}}, all null when unset, as dbt. */
    private static JsonNode freshness(Map<String, Object> freshness) {
        Map<String, Object> given = freshness == null ? Map.of() : freshness;
        ObjectNode json = JsonValues.object();
        json.set("warn_after", time(given.get("warn_after")));
        json.set("error_after", time(given.get("error_after")));
        json.set("filter", JsonValues.toNode(given.get("filter")));
        return json;
    }

    private static ObjectNode time(Object value) {
        Map<?, ?> time = value instanceof Map<?, ?> map ? map : Map.of();
        ObjectNode json = JsonValues.object();
        json.set("count", JsonValues.toNode(time.get("count")));
        json.set("period", JsonValues.toNode(time.get("period")));
        return json;
    }
}
