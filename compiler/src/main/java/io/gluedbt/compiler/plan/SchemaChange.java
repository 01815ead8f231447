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
 * {@code on_schema_change} of an incremental model, comparing the columns the model's query produces
 * ({@code CatalogView.describeQuery}) with the existing table's, by name, case-insensitively:
 * {@code ignore} (default), {@code fail} (an error naming the added and removed columns),
 * {@code append_new_columns} ({@code ALTER TABLE ADD COLUMNS}), {@code sync_all_columns} (add, and drop
 * where the format can: Iceberg; elsewhere a removed column is an error asking for a full refresh).
 * Type changes are not synchronized. When the engine cannot describe the query nothing is checked.
 *
 * @param statements the ALTER TABLE statements to run before the write
 * @param destinationColumns the table's columns after them
 */
record SchemaChange(List<SqlStatement> statements, List<Column> destinationColumns) {
    static final List<String> MODES = List.of("ignore", "fail", "append_new_columns", "sync_all_columns");
    static final Set<String> HUDI_METADATA_COLUMNS = Set.of("_hoodie_commit_time", "_hoodie_commit_seqno", "_hoodie_record_key",
            "_hoodie_partition_path", "_hoodie_file_name");

    SchemaChange {
        statements = List.copyOf(statements);
        destinationColumns = List.copyOf(destinationColumns);
    }

    static String mode(PlanRequest request) {
        String mode = request.config().string("on_schema_change").orElse("ignore").toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw request.error(ErrorCode.CONFIG_INVALID, "model '" + request.node().name() + "' has unknown on_schema_change '" + mode
                    + "'; use one of " + String.join(", ", MODES));
        }
        return mode;
    }

    /** The table's columns without Hudi's bookkeeping columns. */
    static List<Column> userColumns(List<Column> columns) {
        return columns.stream().filter(column -> !HUDI_METADATA_COLUMNS.contains(column.getName().toLowerCase(Locale.ROOT))).toList();
    }

    static SchemaChange plan(PlanRequest request, TargetTable target, List<Column> existingColumns) {
        String mode = mode(request);
        List<Column> existing = userColumns(existingColumns);
        if (mode.equals("ignore") || existing.isEmpty()) {
            return new SchemaChange(List.of(), existing);
        }
        List<Column> source = request.catalog().describeQuery(request.compiledSql());
        if (source.isEmpty()) {
            return new SchemaChange(List.of(), existing);
        }
        List<Column> added = missingFrom(source, existing);
        List<Column> removed = missingFrom(existing, source);
        if (added.isEmpty() && (removed.isEmpty() || mode.equals("append_new_columns"))) {
            return new SchemaChange(List.of(), existing);
        }
        String model = "model '" + request.node().name() + "'";
        if (mode.equals("fail")) {
            throw request.error(ErrorCode.COMPILER_ERROR, "the source and target schemas of incremental " + model + " are out of sync "
                    + "(on_schema_change: fail): source columns not in target: " + names(added) + "; target columns not in source: "
                    + names(removed) + ". Set on_schema_change to append_new_columns or sync_all_columns, or run with --full-refresh");
        }
        List<SqlStatement> statements = new ArrayList<>();
        List<Column> destination = new ArrayList<>(existing);
        if (!added.isEmpty()) {
            statements.add(SqlStatement.run("ALTER TABLE " + target.name() + " ADD COLUMNS (" + added.stream()
                    .map(column -> RelationNames.quoted(column.getName()) + " " + column.getDataType())
                    .collect(Collectors.joining(", ")) + ")", "add new columns"));
            destination.addAll(added);
        }
        if (mode.equals("sync_all_columns") && !removed.isEmpty()) {
            if (target.format() != TableFormat.ICEBERG) {
                throw request.error(ErrorCode.COMPILER_ERROR, model + ": on_schema_change 'sync_all_columns' would drop column(s) "
                        + names(removed) + ", which file_format '" + target.format().sqlName()
                        + "' cannot drop; run with --full-refresh or use append_new_columns");
            }
            statements.add(SqlStatement.run("ALTER TABLE " + target.name() + " DROP COLUMNS (" + removed.stream()
                    .map(column -> RelationNames.quoted(column.getName())).collect(Collectors.joining(", ")) + ")", "drop removed columns"));
            destination.removeAll(removed);
        }
        return new SchemaChange(statements, destination);
    }

    private static List<Column> missingFrom(List<Column> columns, List<Column> other) {
        Set<String> otherNames = other.stream().map(column -> column.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return columns.stream().filter(column -> !otherNames.contains(column.getName().toLowerCase(Locale.ROOT))).toList();
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::getName).collect(Collectors.joining(", ", "[", "]"));
    }
}
