package io.gluedbt.compiler.artifacts;

import io.gluedbt.compiler.model.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dbt 1.10's rendered-config defaults per resource type, in dbt's field order (NodeConfig, ModelConfig,
 * SeedConfig, SnapshotConfig, TestConfig). Each call returns a fresh mutable map.
 */
final class ConfigDefaults {
    private ConfigDefaults() {}

    static Map<String, Object> forType(ResourceType type) {
        return switch (type) {
            case TEST -> test();
            case MODEL -> model();
            case SEED -> seed();
            case SNAPSHOT -> snapshot();
            default -> node("view");
        };
    }

    private static Map<String, Object> common() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("enabled", true);
        config.put("alias", null);
        config.put("schema", null);
        config.put("database", null);
        config.put("tags", new ArrayList<>());
        config.put("meta", new LinkedHashMap<>());
        config.put("group", null);
        return config;
    }

    private static Map<String, Object> node(String materialized) {
        Map<String, Object> config = common();
        config.put("materialized", materialized);
        config.put("incremental_strategy", null);
        config.put("batch_size", null);
        config.put("lookback", 1);
        config.put("begin", null);
        config.put("persist_docs", new LinkedHashMap<>());
        config.put("post-hook", new ArrayList<>());
        config.put("pre-hook", new ArrayList<>());
        config.put("quoting", new LinkedHashMap<>());
        config.put("column_types", new LinkedHashMap<>());
        config.put("full_refresh", null);
        config.put("unique_key", null);
        config.put("on_schema_change", "ignore");
        config.put("on_configuration_change", "apply");
        config.put("grants", new LinkedHashMap<>());
        config.put("packages", new ArrayList<>());
        config.put("docs", docs());
        config.put("contract", contract());
        config.put("event_time", null);
        config.put("concurrent_batches", null);
        return config;
    }

    private static Map<String, Object> model() {
        Map<String, Object> config = node("view");
        config.put("access", "protected");
        config.put("freshness", null);
        return config;
    }

    private static Map<String, Object> seed() {
        Map<String, Object> config = node("seed");
        config.put("delimiter", ",");
        config.put("quote_columns", null);
        return config;
    }

    private static Map<String, Object> snapshot() {
        Map<String, Object> config = node("snapshot");
        config.put("strategy", null);
        config.put("target_schema", null);
        config.put("target_database", null);
        config.put("updated_at", null);
        config.put("check_cols", null);
        Map<String, Object> metaColumns = new LinkedHashMap<>();
        for (String column : List.of("dbt_valid_to", "dbt_valid_from", "dbt_scd_id", "dbt_updated_at", "dbt_is_deleted")) {
            metaColumns.put(column, null);
        }
        config.put("snapshot_meta_column_names", metaColumns);
        config.put("dbt_valid_to_current", null);
        return config;
    }

    private static Map<String, Object> test() {
        Map<String, Object> config = common();
        config.put("schema", "dbt_test__audit");
        config.put("materialized", "test");
        config.put("severity", "ERROR");
        config.put("store_failures", null);
        config.put("store_failures_as", null);
        config.put("where", null);
        config.put("limit", null);
        config.put("fail_calc", "count(*)");
        config.put("warn_if", "!= 0");
        config.put("error_if", "!= 0");
        return config;
    }

    static Map<String, Object> docs() {
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("show", true);
        docs.put("node_color", null);
        return docs;
    }

    static Map<String, Object> contract() {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("enforced", false);
        contract.put("alias_types", true);
        return contract;
    }
}
