package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code incremental_strategy='merge'} (Delta, Iceberg, Hudi): {@code MERGE INTO} matching on {@code unique_key}
 * (a column or a list), with {@code incremental_predicates} ANDed in first. Matched rows update
 * {@code merge_update_columns}, or every column but {@code merge_exclude_columns}, or {@code *}; unmatched rows are
 * inserted. Without a unique_key the condition is {@code FALSE}, so every row is inserted (dbt-glue).
 */
final class MergeStrategy implements IncrementalWrite {
    @Override
    public List<SqlStatement> statements(IncrementalInput input) {
        PlanRequest request = input.request();
        if (!input.target().format().merges()) {
            throw request.error(ErrorCode.INCREMENTAL_STRATEGY_INVALID, "model '" + request.node().name()
                    + "' uses incremental_strategy 'merge' with file_format '" + input.target().format().sqlName()
                    + "': merge needs file_format 'iceberg', 'delta' or 'hudi'");
        }
        NodeConfig config = request.config();
        List<String> conditions = new ArrayList<>(config.list("incremental_predicates"));
        conditions.addAll(config.list("predicates"));
        List<String> keys = config.list("unique_key");
        for (String key : keys) {
            conditions.add("DBT_INTERNAL_SOURCE." + key + " = DBT_INTERNAL_DEST." + key);
        }
        if (keys.isEmpty()) {
            conditions.add("FALSE");
        }
        String sql = "MERGE INTO " + input.target().name() + " AS DBT_INTERNAL_DEST\n"
                + "USING " + input.sourceView() + " AS DBT_INTERNAL_SOURCE\n"
                + "ON " + String.join(" AND ", conditions) + "\n"
                + "WHEN MATCHED THEN UPDATE SET " + updates(config, input.destinationColumns()) + "\n"
                + "WHEN NOT MATCHED THEN INSERT " + inserts(input.destinationColumns());
        return List.of(SqlStatement.run(sql, "merge"));
    }

    private static String updates(NodeConfig config, List<Column> destination) {
        List<String> update = config.list("merge_update_columns");
        List<String> exclude = config.list("merge_exclude_columns");
        List<String> columns;
        if (!update.isEmpty()) {
            columns = update;
        } else if (!exclude.isEmpty() && !destination.isEmpty()) {
            Set<String> excluded = exclude.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            columns = destination.stream().map(Column::getName).filter(name -> !excluded.contains(name.toLowerCase(Locale.ROOT))).toList();
        } else {
            return "*";
        }
        return columns.stream().map(name -> RelationNames.quoted(name) + " = DBT_INTERNAL_SOURCE." + RelationNames.quoted(name))
                .collect(Collectors.joining(", "));
    }

    private static String inserts(List<Column> destination) {
        if (destination.isEmpty()) {
            return "*";
        }
        String names = destination.stream().map(column -> RelationNames.quoted(column.getName())).collect(Collectors.joining(", "));
        String values = destination.stream().map(column -> "DBT_INTERNAL_SOURCE." + RelationNames.quoted(column.getName()))
                .collect(Collectors.joining(", "));
        return "(" + names + ") VALUES (" + values + ")";
    }
}
