package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code dbt snapshot} on Delta, Iceberg or Hudi (dbt-glue refuses other formats): the first run creates the
 * table from the query with {@code dbt_scd_id}, {@code dbt_updated_at}, {@code dbt_valid_from}, {@code dbt_valid_to};
 * later runs stage the changes ({@link SnapshotSql}) in a temporary view, add new source columns, and
 * {@code MERGE} them: changed and deleted rows get their {@code dbt_valid_to}, new versions are inserted.
 * Hard deletes are invalidated with {@code invalidate_hard_deletes: true} or {@code hard_deletes: invalidate}.
 * Hudi snapshot tables use {@code dbt_scd_id} as their record key.
 */
final class SnapshotStrategy implements MaterializationStrategy {
    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        String model = "snapshot '" + request.node().name() + "'";
        TableFormat format = request.format();
        if (!format.merges()) {
            throw request.error(ErrorCode.SNAPSHOT_INVALID, model + " needs file_format 'delta', 'iceberg' or 'hudi' (snapshots merge), not '"
                    + format.sqlName() + "'");
        }
        SnapshotSql sql = new SnapshotSql(request);
        boolean invalidateHardDeletes = invalidatesHardDeletes(request, model);
        TargetTable target = TargetTable.of(request);
        if (format == TableFormat.HUDI) {
            target = target.withOption("primaryKey", "dbt_scd_id");
        }
        Optional<Relation> existing = request.existingRelation();
        if (existing.isEmpty()) {
            return Hooks.around(request, List.of(SqlStatement.run(CreateTableSql.createAs(target, sql.initialSelect()), "create snapshot table")));
        }
        if (existing.get().relationType() == RelationType.VIEW) {
            throw request.error(ErrorCode.SNAPSHOT_INVALID, model + ": " + target.schema() + "." + target.alias() + " is a view, not a table");
        }
        TableFormat existingFormat = TableBuild.existingFormat(request, existing.get(), format);
        if (existingFormat != format) {
            throw request.error(ErrorCode.SNAPSHOT_INVALID, model + ": the existing table " + target.schema() + "." + target.alias() + " is "
                    + existingFormat.sqlName() + ", not " + format.sqlName());
        }
        String view = request.node().alias() + TargetTable.TEMPORARY_SUFFIX;
        List<SqlStatement> body = new ArrayList<>();
        body.add(SqlStatement.run("CREATE OR REPLACE TEMPORARY VIEW " + view + " AS\n" + sql.stagingSelect(target.name(), invalidateHardDeletes),
                "stage snapshot changes"));
        List<Column> columns = new ArrayList<>(SchemaChange.userColumns(request.catalog().getColumns(existing.get())));
        List<Column> missing = missingColumns(request, columns);
        if (!missing.isEmpty()) {
            body.add(SqlStatement.run("ALTER TABLE " + target.name() + " ADD COLUMNS (" + missing.stream()
                    .map(column -> RelationNames.quoted(column.getName()) + " " + column.getDataType()).collect(Collectors.joining(", ")) + ")",
                    "add new columns"));
            columns.addAll(missing);
        }
        body.add(SqlStatement.run(merge(target, view, columns), "merge snapshot"));
        body.addAll(IcebergMaintenance.expireSnapshots(request, target));
        body.add(SqlStatement.run("DROP VIEW IF EXISTS " + view, "drop staged changes"));
        return Hooks.around(request, body);
    }

    private static boolean invalidatesHardDeletes(PlanRequest request, String model) {
        String hardDeletes = request.config().string("hard_deletes").orElse("ignore").toLowerCase(Locale.ROOT);
        if (hardDeletes.equals("new_record")) {
            throw request.error(ErrorCode.SNAPSHOT_INVALID, model + ": hard_deletes 'new_record' is not supported; use 'ignore' or 'invalidate'");
        }
        return hardDeletes.equals("invalidate") || request.config().isTrue("invalidate_hard_deletes", false);
    }

    /** Source query columns the snapshot table lacks (dbt_ columns aside). */
    private static List<Column> missingColumns(PlanRequest request, List<Column> existing) {
        if (existing.isEmpty()) {
            return List.of();
        }
        List<String> names = existing.stream().map(column -> column.getName().toLowerCase(Locale.ROOT)).toList();
        return request.catalog().describeQuery(request.compiledSql()).stream()
                .filter(column -> !column.getName().toLowerCase(Locale.ROOT).startsWith("dbt_"))
                .filter(column -> !names.contains(column.getName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String merge(TargetTable target, String view, List<Column> columns) {
        String insert = "*";
        if (!columns.isEmpty()) {
            insert = "(" + columns.stream().map(column -> RelationNames.quoted(column.getName())).collect(Collectors.joining(", ")) + ") VALUES ("
                    + columns.stream().map(column -> "DBT_INTERNAL_SOURCE." + RelationNames.quoted(column.getName())).collect(Collectors.joining(", "))
                    + ")";
        }
        return "MERGE INTO " + target.name() + " AS DBT_INTERNAL_DEST\n"
                + "USING " + view + " AS DBT_INTERNAL_SOURCE\n"
                + "ON DBT_INTERNAL_SOURCE.dbt_scd_id = DBT_INTERNAL_DEST.dbt_scd_id\n"
                + "WHEN MATCHED AND DBT_INTERNAL_DEST.dbt_valid_to IS NULL AND DBT_INTERNAL_SOURCE.dbt_change_type IN ('update', 'delete')\n"
                + "  THEN UPDATE SET dbt_valid_to = DBT_INTERNAL_SOURCE.dbt_valid_to\n"
                + "WHEN NOT MATCHED AND DBT_INTERNAL_SOURCE.dbt_change_type = 'insert'\n"
                + "  THEN INSERT " + insert;
    }
}
