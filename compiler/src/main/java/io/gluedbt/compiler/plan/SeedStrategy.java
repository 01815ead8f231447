package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code dbt seed}: the CSV read in Java ({@link SeedTable}) and written with SQL in the seed's
 * {@code file_format} (else the target's {@code seed_format}, parquet).
 * <ul>
 *   <li>no table yet: {@code CREATE TABLE (columns)} + {@code INSERT ... VALUES} batches.</li>
 *   <li>same columns, no full refresh (dbt truncates and inserts): one batch is one {@code INSERT OVERWRITE ... VALUES}
 *       (atomic on Delta and Iceberg); more batches are staged in {@code <alias>__dbt_tmp} and moved over with one
 *       {@code INSERT OVERWRITE ... SELECT}.</li>
 *   <li>full refresh, changed columns, a view in the way, no rows, or a partitioned seed: staged in {@code <alias>__dbt_tmp}, then put in
 *       place like a table rebuild ({@code CREATE OR REPLACE} for Delta/Iceberg, else drop and swap), so a failure leaves the old table.</li>
 * </ul>
 */
final class SeedStrategy implements MaterializationStrategy {
    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        SeedTable seed = SeedTable.of(request);
        TargetTable target = TargetTable.of(request, request.format(request.context().seedFormat()));
        Optional<Relation> existing = request.existingRelation();
        List<SqlStatement> body = new ArrayList<>();
        if (existing.isEmpty()) {
            body.add(SqlStatement.run(CreateTableSql.create(target, seed.tableColumns()), "create seed table"));
            body.addAll(seed.inserts(target.name()));
            return Hooks.around(request, body);
        }
        TargetTable temporary = target.temporary(request.context());
        boolean rebuild = request.fullRefresh() || existing.get().relationType() == RelationType.VIEW || seed.rows().isEmpty()
                || !target.partitionBy().isEmpty() || TableBuild.existingFormat(request, existing.get(), target.format()) != target.format()
                || seed.differsFrom(request.catalog().getColumns(existing.get()));
        if (!rebuild) {
            List<SqlStatement> overwrite = seed.batches("INSERT OVERWRITE TABLE " + target.name() + " VALUES\n", "overwrite seed rows");
            if (overwrite.size() == 1) {
                body.addAll(overwrite);
                return Hooks.around(request, body);
            }
        }
        body.add(SqlStatement.run(TableBuild.dropTable(request, temporary, true), "drop leftover temporary table"));
        body.add(SqlStatement.run(CreateTableSql.create(temporary, seed.tableColumns()), "create temporary seed table"));
        body.addAll(seed.inserts(temporary.name()));
        if (!rebuild) {
            body.add(SqlStatement.run("INSERT OVERWRITE TABLE " + target.name() + "\nSELECT * FROM " + temporary.name(), "overwrite seed rows"));
            body.add(SqlStatement.run(TableBuild.dropTable(request, temporary, true), "drop temporary table"));
        } else if (TableBuild.replacesInPlace(request, target, existing.get())) {
            body.add(SqlStatement.run(CreateTableSql.createOrReplaceAs(target, "SELECT * FROM " + temporary.name()), "replace table"));
            body.add(SqlStatement.run(TableBuild.dropTable(request, temporary, true), "drop temporary table"));
        } else {
            body.addAll(TableBuild.swap(request, target, temporary, existing.get()));
        }
        return Hooks.around(request, body);
    }
}
