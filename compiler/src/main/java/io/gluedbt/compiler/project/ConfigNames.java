package io.gluedbt.compiler.project;

import java.util.Set;

/** Config names dbt, dbt-spark and dbt-glue know, and how {@link ConfigMerger} combines each. */
final class ConfigNames {
    /** Lists whose values accumulate from shallow to deep (project tree, then schema.yml, then config()). */
    static final Set<String> APPEND = Set.of("tags", "pre-hook", "post-hook", "packages");

    /** Mappings updated key by key. */
    static final Set<String> MERGE = Set.of("meta", "quoting", "column_types", "grants", "docs", "contract");

    static final Set<String> HOOKS = Set.of("pre-hook", "post-hook");

    /** Names accepted as configs without a '+' in a config tree, even when their value is a mapping. */
    static final Set<String> KNOWN = Set.of(
            "materialized", "enabled", "tags", "schema", "database", "alias", "pre-hook", "post-hook",
            "pre_hook", "post_hook", "persist_docs", "full_refresh", "unique_key", "incremental_strategy",
            "file_format", "partition_by", "clustered_by", "buckets", "location_root", "custom_location",
            "on_schema_change", "on_configuration_change", "meta", "docs", "grants", "contract", "quoting",
            "column_types", "access", "group", "table_properties", "tblproperties", "options",
            "iceberg_expire_snapshots", "hudi_options", "write_options", "merge_update_columns",
            "merge_exclude_columns", "incremental_predicates", "sql_header", "packages", "quote_columns",
            "delimiter", "event_time", "strategy", "updated_at", "check_cols", "target_schema",
            "target_database", "snapshot_meta_column_names", "dbt_valid_to_current", "hard_deletes",
            "invalidate_hard_deletes", "severity", "error_if", "warn_if", "fail_calc", "store_failures",
            "store_failures_as", "limit", "where", "freshness", "loaded_at_field", "lookback", "batch_size",
            "begin", "concurrent_batches", "add_iceberg_timestamp", "partition_cols", "delta_options");

    private ConfigNames() {}

    /** dbt's two spellings of the hooks collapse to "pre-hook"/"post-hook"; other names are kept. */
    static String canonical(String name) {
        return switch (name) {
            case "pre_hook" -> "pre-hook";
            case "post_hook" -> "post-hook";
            default -> name;
        };
    }
}
