package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds or rebuilds a table so that a failed rebuild leaves the previous relation readable and intact.
 * <ul>
 *   <li>no relation yet: {@code CREATE TABLE ... AS SELECT}.</li>
 *   <li>a Delta or Iceberg table of the same format: one atomic {@code CREATE OR REPLACE TABLE ... AS SELECT}.</li>
 *   <li>anything else (parquet, csv, hudi, a view, a format change): the new data goes to {@code <alias>__dbt_tmp}
 *       first; only then is the old relation dropped and the new table put in its place: renamed when the
 *       warehouse manages the storage (the rename moves the files), copied when a {@code LOCATION} is set
 *       (a renamed external table would keep the temporary path, which the next rebuild overwrites) and for
 *       Hudi and Iceberg (whose rename does not move the data).</li>
 * </ul>
 */
final class TableBuild {
    private TableBuild() {}

    static List<SqlStatement> build(PlanRequest request, TargetTable target, String select, Optional<Relation> existing) {
        if (existing.isEmpty()) {
            return List.of(SqlStatement.run(CreateTableSql.createAs(target, select), "create table"));
        }
        if (replacesInPlace(request, target, existing.get())) {
            return List.of(SqlStatement.run(CreateTableSql.createOrReplaceAs(target, select), "replace table"));
        }
        TargetTable temporary = target.temporary(request.context());
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(SqlStatement.run(dropTable(request, temporary, true), "drop leftover temporary table"));
        statements.add(SqlStatement.run(CreateTableSql.createAs(temporary, select), "build temporary table"));
        statements.addAll(swap(request, target, temporary, existing.get()));
        return statements;
    }

    /** Drops {@code existing} and puts the already built {@code temporary} table in its place. */
    static List<SqlStatement> swap(PlanRequest request, TargetTable target, TargetTable temporary, Relation existing) {
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(SqlStatement.run(dropExisting(request, target, existing), "drop previous relation"));
        if (target.location().isEmpty() && target.format() != TableFormat.HUDI && target.format() != TableFormat.ICEBERG) {
            statements.add(SqlStatement.run("ALTER TABLE " + temporary.name() + " RENAME TO " + target.name(), "rename temporary table"));
        } else {
            statements.add(SqlStatement.run(CreateTableSql.createAs(target, "SELECT * FROM " + temporary.name()), "copy temporary table"));
            statements.add(SqlStatement.run(dropTable(request, temporary, true), "drop temporary table"));
        }
        return statements;
    }

    /** Whether {@code existing} is a table the target's format can atomically replace. */
    static boolean replacesInPlace(PlanRequest request, TargetTable target, Relation existing) {
        return target.format().replacesAtomically() && existing.relationType() != RelationType.VIEW
                && existingFormat(request, existing, target.format()) == target.format();
    }

    /** The format of an existing table: what the catalog says, else the configured one (as dbt-glue assumes). */
    static TableFormat existingFormat(PlanRequest request, Relation existing, TableFormat configured) {
        return request.catalog().tableFormat(existing).flatMap(TableFormat::parse).orElse(configured);
    }

    /** {@code DROP VIEW} or {@code DROP TABLE} for the relation the node had, addressed through the catalog that owns it. */
    static String dropExisting(PlanRequest request, TargetTable target, Relation existing) {
        if (existing.relationType() == RelationType.VIEW) {
            return "DROP VIEW IF EXISTS " + target.schema() + "." + target.alias();
        }
        TableFormat format = existingFormat(request, existing, target.format());
        return dropTable(request, target.withFormat(format, request.context()), false);
    }

    /**
     * {@code DROP TABLE IF EXISTS}; Iceberg tables with {@code PURGE} when they are the planner's own temporary
     * tables or {@code purge_dropped_iceberg_data} is set (dbt-glue).
     */
    static String dropTable(PlanRequest request, TargetTable table, boolean temporary) {
        boolean purge = table.format() == TableFormat.ICEBERG
                && (temporary || request.config().isTrue("purge_dropped_iceberg_data", false));
        return "DROP TABLE IF EXISTS " + table.name() + (purge ? " PURGE" : "");
    }
}
