package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table a node writes, with the clauses of its {@code CREATE TABLE}.
 *
 * @param name the name statements use: {@code schema.alias}, or {@code glue_catalog.schema.alias} for Iceberg
 *     when an Iceberg catalog is configured (dbt-glue's {@code glue__make_target_relation})
 * @param location the {@code LOCATION} path; empty when the warehouse decides
 * @param options {@code OPTIONS (...)}: Hudi's {@code type}, {@code primaryKey}, {@code preCombineField}, ...
 */
record TargetTable(
        String schema,
        String alias,
        TableFormat format,
        String name,
        Optional<String> location,
        List<String> partitionBy,
        List<String> clusteredBy,
        Optional<Integer> buckets,
        Map<String, String> options,
        Map<String, String> tableProperties) {

    static final String TEMPORARY_SUFFIX = "__dbt_tmp";

    TargetTable {
        requireNonNull(schema, "schema is null");
        requireNonNull(alias, "alias is null");
        requireNonNull(format, "format is null");
        requireNonNull(name, "name is null");
        requireNonNull(location, "location is null");
        partitionBy = List.copyOf(partitionBy);
        clusteredBy = List.copyOf(clusteredBy);
        requireNonNull(buckets, "buckets is null");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        tableProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tableProperties));
    }

    /** The node's table in its configured format. */
    static TargetTable of(PlanRequest request) {
        return of(request, request.format());
    }

    static TargetTable of(PlanRequest request, TableFormat format) {
        NodeConfig config = request.config();
        String schema = request.node().schema();
        String alias = request.node().alias();
        Optional<String> location = config.string("custom_location").filter(value -> !value.equals("empty"))
                .map(TargetTable::stripTrailingSlashes)
                .or(() -> request.context().tablePath(schema, alias));
        List<String> clusteredBy = config.list("clustered_by");
        Optional<Integer> buckets = config.integer("buckets");
        if (!clusteredBy.isEmpty() && buckets.isEmpty()) {
            throw request.error(ErrorCode.CONFIG_INVALID, "'" + request.node().name() + "' sets clustered_by without buckets: set buckets to the number of buckets");
        }
        return new TargetTable(schema, alias, format, RelationNames.qualified(request.context(), format, schema, alias), location,
                config.list("partition_by"), clusteredBy, buckets, hudiOptions(request, format), config.stringMap("table_properties"));
    }

    /** The same table under {@code <alias>__dbt_tmp}, stored beside it ({@code <path>__dbt_tmp}). */
    TargetTable temporary(PlanContext context) {
        String temporaryAlias = alias + TEMPORARY_SUFFIX;
        Map<String, String> temporaryOptions = new LinkedHashMap<>(options);
        return new TargetTable(schema, temporaryAlias, format, RelationNames.qualified(context, format, schema, temporaryAlias),
                location.map(path -> path + TEMPORARY_SUFFIX), partitionBy, clusteredBy, buckets, temporaryOptions, tableProperties);
    }

    /** The same table with another format (and the name that format needs). */
    TargetTable withFormat(TableFormat newFormat, PlanContext context) {
        return new TargetTable(schema, alias, newFormat, RelationNames.qualified(context, newFormat, schema, alias), location, partitionBy,
                clusteredBy, buckets, newFormat == TableFormat.HUDI ? options : Map.of(), tableProperties);
    }

    /** The same table with one more {@code OPTIONS} entry (replacing one of the same key). */
    TargetTable withOption(String key, String value) {
        Map<String, String> newOptions = new LinkedHashMap<>(options);
        newOptions.put(key, value);
        return new TargetTable(schema, alias, format, name, location, partitionBy, clusteredBy, buckets, newOptions, tableProperties);
    }

    /** Hudi tables take their record key and pre-combine field as options (unique_key, hudi_options), copy-on-write by default. */
    private static Map<String, String> hudiOptions(PlanRequest request, TableFormat format) {
        Map<String, String> options = new LinkedHashMap<>();
        if (format != TableFormat.HUDI) {
            return options;
        }
        NodeConfig config = request.config();
        Map<String, String> hudi = config.stringMap("hudi_options");
        String tableType = hudi.getOrDefault("hoodie.datasource.write.table.type", "COPY_ON_WRITE");
        options.put("type", tableType.equalsIgnoreCase("MERGE_ON_READ") || tableType.equalsIgnoreCase("mor") ? "mor" : "cow");
        String recordKey = hudi.getOrDefault("hoodie.datasource.write.recordkey.field", String.join(",", config.list("unique_key")));
        if (!recordKey.isBlank()) {
            options.put("primaryKey", recordKey);
        }
        String preCombine = hudi.get("hoodie.datasource.write.precombine.field");
        if (preCombine != null && !preCombine.isBlank()) {
            options.put("preCombineField", preCombine);
        }
        hudi.forEach((key, value) -> {
            if (!key.equals("hoodie.datasource.write.table.type") && !key.equals("hoodie.datasource.write.recordkey.field")
                    && !key.equals("hoodie.datasource.write.precombine.field")) {
                options.put(key, value);
            }
        });
        return options;
    }

    private static String stripTrailingSlashes(String value) {
        String result = value;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
