package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code incremental_strategy='insert_overwrite'}: {@code INSERT OVERWRITE TABLE}. With {@code partition_by}
 * only the partitions the new rows touch are replaced: dynamic partition overwrite, which the engine sets and
 * this statement list sets again so the plan never depends on a session default. Without {@code partition_by}
 * the whole table is replaced, as dbt-glue does. No {@code PARTITION (...)} clause is written: in dynamic mode
 * Spark, Iceberg, Delta and Hudi all overwrite by the rows' partition values without one.
 */
final class InsertOverwriteStrategy implements IncrementalWrite {
    static final String DYNAMIC_OVERWRITE = "SET spark.sql.sources.partitionOverwriteMode=dynamic";

    @Override
    public List<SqlStatement> statements(IncrementalInput input) {
        List<SqlStatement> statements = new ArrayList<>();
        if (!input.target().partitionBy().isEmpty()) {
            statements.add(SqlStatement.run(DYNAMIC_OVERWRITE, "dynamic partition overwrite"));
        }
        statements.add(SqlStatement.run("INSERT OVERWRITE TABLE " + input.target().name() + "\nSELECT " + input.selectList() + " FROM "
                + input.sourceView(), "insert overwrite"));
        return statements;
    }
}
