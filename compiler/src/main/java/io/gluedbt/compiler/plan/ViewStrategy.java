package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code materialized='view'}: {@code CREATE OR REPLACE VIEW}, atomic over an existing view.
 * <p>Replacing a table: dbt drops the table and then creates the view, and a view cannot atomically replace a
 * table. To keep a bad query from costing the table, the query is first checked by creating it as a
 * temporary view (Spark analyzes a view's query when it is created); only then is the table dropped.
 * <p>{@code file_format='iceberg'}: like dbt-glue (the Glue catalog has no Iceberg views), the "view" is an
 * Iceberg table built with {@code CREATE OR REPLACE TABLE}.
 */
final class ViewStrategy implements MaterializationStrategy {
    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        if (request.format() == TableFormat.ICEBERG) {
            return new TableStrategy().plan(request);
        }
        String name = request.node().schema() + "." + request.node().alias();
        Optional<Relation> existing = request.existingRelation();
        List<SqlStatement> body = new ArrayList<>();
        if (existing.isPresent() && existing.get().relationType() != RelationType.VIEW) {
            String check = request.node().alias() + TargetTable.TEMPORARY_SUFFIX;
            body.add(SqlStatement.run("CREATE OR REPLACE TEMPORARY VIEW " + check + " AS\n" + request.compiledSql(), "check view query"));
            body.add(SqlStatement.run(TableBuild.dropExisting(request, TargetTable.of(request, TableFormat.PARQUET), existing.get()),
                    "drop previous table"));
            body.add(SqlStatement.run("CREATE OR REPLACE VIEW " + name + " AS\n" + request.compiledSql(), "create view"));
            body.add(SqlStatement.run("DROP VIEW IF EXISTS " + check, "drop temporary view"));
        } else {
            body.add(SqlStatement.run("CREATE OR REPLACE VIEW " + name + " AS\n" + request.compiledSql(), "create view"));
        }
        return Hooks.around(request, body);
    }
}
