package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code materialized='table'}: pre-hooks, the data-safe build of {@link TableBuild}, Iceberg snapshot expiry
 * when the table existed, post-hooks. dbt-glue drops a parquet table before rebuilding it; this builds first.
 */
final class TableStrategy implements MaterializationStrategy {
    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        TargetTable target = TargetTable.of(request);
        return Hooks.around(request, build(request, target, request.existingRelation()));
    }

    /** The build without hooks: shared with incremental first runs and full refreshes. */
    static List<SqlStatement> build(PlanRequest request, TargetTable target, Optional<Relation> existing) {
        List<SqlStatement> statements = new ArrayList<>(TableBuild.build(request, target, request.compiledSql(), existing));
        if (existing.isPresent()) {
            statements.addAll(IcebergMaintenance.expireSnapshots(request, target));
        }
        return statements;
    }
}
