package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's {@code lf_tags_config} and {@code lf_grants}, as dbt-glue reads them:
 * {@code lf_tags_config: {enabled, drop_existing, tags_database: {k: v}, tags_table: {k: v} (or tags), tags_columns: {k: {v: [cols]}}}}
 * and {@code lf_grants: {data_cell_filters: {enabled, drop_existing, filters: {name: {row_filter, principals,
 * column_names, excluded_column_names}}}}}.
 */
record LakeFormationConfig(Optional<Tags> tags, Optional<Filters> filters) {
    LakeFormationConfig {
        requireNonNull(tags, "tags is null");
        requireNonNull(filters, "filters is null");
    }

    /** LF-tags to set; {@code dropExisting} removes tags the config no longer names. */
    record Tags(boolean dropExisting, Map<String, String> database, Map<String, String> table, Map<String, Map<String, List<String>>> columns) {}

    /** Data cell filters to keep in line with the config, and their SELECT grants. */
    record Filters(boolean dropExisting, Map<String, Filter> filters) {}

    /** One data cell filter; empty {@code columnNames} means all columns but {@code excludedColumnNames}. */
    record Filter(String rowFilter, List<String> principals, List<String> columnNames, List<String> excludedColumnNames) {}

    static LakeFormationConfig from(String nodeName, Map<String, Object> config) {
        return new LakeFormationConfig(tags(nodeName, config.get("lf_tags_config")), filters(nodeName, config.get("lf_grants")));
    }

    private static Optional<Tags> tags(String nodeName, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        Map<String, Object> config = map(nodeName, "lf_tags_config", value);
        if (!flag(config.get("enabled"))) {
            return Optional.empty();
        }
        Map<String, String> table = new LinkedHashMap<>(strings(nodeName, "lf_tags_config.tags", config.get("tags")));
        table.putAll(strings(nodeName, "lf_tags_config.tags_table", config.get("tags_table")));
        Map<String, Map<String, List<String>>> columns = new LinkedHashMap<>();
        map(nodeName, "lf_tags_config.tags_columns", config.getOrDefault("tags_columns", Map.of())).forEach((key, byValue) -> {
            Map<String, List<String>> values = new LinkedHashMap<>();
            map(nodeName, "lf_tags_config.tags_columns." + key, byValue).forEach((tagValue, names) ->
                    values.put(tagValue, list(nodeName, "lf_tags_config.tags_columns." + key + "." + tagValue, names)));
            columns.put(key, Collections.unmodifiableMap(values));
        });
        return Optional.of(new Tags(flag(config.get("drop_existing")), strings(nodeName, "lf_tags_config.tags_database", config.get("tags_database")),
                Collections.unmodifiableMap(table), Collections.unmodifiableMap(columns)));
    }

    private static Optional<Filters> filters(String nodeName, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        Object cells = map(nodeName, "lf_grants", value).get("data_cell_filters");
        if (cells == null) {
            return Optional.empty();
        }
        Map<String, Object> config = map(nodeName, "lf_grants.data_cell_filters", cells);
        if (!flag(config.get("enabled"))) {
            return Optional.empty();
        }
        Map<String, Filter> filters = new LinkedHashMap<>();
        map(nodeName, "lf_grants.data_cell_filters.filters", config.getOrDefault("filters", Map.of())).forEach((name, filter) -> {
            String path = "lf_grants.data_cell_filters.filters." + name;
            Map<String, Object> fields = map(nodeName, path, filter);
            Object rowFilter = fields.get("row_filter");
            if (rowFilter == null) {
                throw invalid(nodeName, path + ".row_filter", "is required (a SQL condition, or TRUE for every row)");
            }
            filters.put(name, new Filter(String.valueOf(rowFilter), list(nodeName, path + ".principals", fields.get("principals")),
                    list(nodeName, path + ".column_names", fields.get("column_names")),
                    list(nodeName, path + ".excluded_column_names", fields.get("excluded_column_names"))));
        });
        return Optional.of(new Filters(flag(config.get("drop_existing")), Collections.unmodifiableMap(filters)));
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean bool ? bool : value != null && "true".equalsIgnoreCase(String.valueOf(value).strip());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String nodeName, String key, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((name, item) -> copy.put(String.valueOf(name), item));
            return copy;
        }
        throw invalid(nodeName, key, "must be a mapping, got '" + value + "'");
    }

    private static Map<String, String> strings(String nodeName, String key, Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value != null) {
            map(nodeName, key, value).forEach((name, item) -> result.put(name, String.valueOf(item)));
        }
        return Collections.unmodifiableMap(result);
    }

    private static List<String> list(String nodeName, String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw invalid(nodeName, key, "must be a list, got '" + value + "'");
        }
        List<String> result = new ArrayList<>();
        items.forEach(item -> result.add(String.valueOf(item)));
        return List.copyOf(result);
    }

    private static GluedbtException invalid(String nodeName, String key, String message) {
        return new GluedbtException(ErrorCode.CONFIG_INVALID, "model '" + nodeName + "': config '" + key + "' " + message);
    }
}
