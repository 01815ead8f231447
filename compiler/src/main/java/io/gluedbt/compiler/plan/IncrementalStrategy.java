package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code materialized='incremental'}. No table yet, a full refresh, or a view in the way: built like a table
 * ({@link TableBuild}, data-safe). Otherwise the model's rows are staged in the temporary view
 * {@code <alias>__dbt_tmp}, {@code on_schema_change} is applied, and the {@code incremental_strategy} writes them.
 * <p>Default strategy as dbt-glue: {@code insert_overwrite}, except Hudi, which dbt-glue always upserts on the
 * unique_key ({@code merge} here). Hudi needs a {@code unique_key} (dbt-glue).
 */
final class IncrementalStrategy implements MaterializationStrategy {
    static final List<String> STRATEGIES = List.of("append", "insert_overwrite", "merge");

    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        TableFormat format = request.format();
        IncrementalWrite write = write(request, format);
        SchemaChange.mode(request);
        if (format == TableFormat.HUDI && request.config().list("unique_key").isEmpty()) {
            throw request.error(ErrorCode.CONFIG_INVALID, "model '" + request.node().name()
                    + "' is an incremental hudi model and needs a unique_key (the Hudi record key)");
        }
        TargetTable target = TargetTable.of(request);
        Optional<Relation> existing = request.existingRelation();
        if (existing.isEmpty() || request.fullRefresh() || existing.get().relationType() == RelationType.VIEW) {
            return Hooks.around(request, TableStrategy.build(request, target, existing));
        }
        TableFormat existingFormat = TableBuild.existingFormat(request, existing.get(), format);
        if (existingFormat != format) {
            throw request.error(ErrorCode.CONFIG_INVALID, "model '" + request.node().name() + "' exists as a " + existingFormat.sqlName()
                    + " table but its file_format is '" + format.sqlName() + "': run it with --full-refresh to rebuild it");
        }
        String view = request.node().alias() + TargetTable.TEMPORARY_SUFFIX;
        List<SqlStatement> body = new ArrayList<>();
        body.add(SqlStatement.run("CREATE OR REPLACE TEMPORARY VIEW " + view + " AS\n" + request.compiledSql(), "stage new rows"));
        SchemaChange change = SchemaChange.plan(request, target, request.catalog().getColumns(existing.get()));
        body.addAll(change.statements());
        body.addAll(write.statements(new IncrementalInput(request, target, view, change.destinationColumns())));
        body.addAll(IcebergMaintenance.expireSnapshots(request, target));
        body.add(SqlStatement.run("DROP VIEW IF EXISTS " + view, "drop staged rows"));
        return Hooks.around(request, body);
    }

    private static IncrementalWrite write(PlanRequest request, TableFormat format) {
        String strategy = request.config().string("incremental_strategy").orElse(format == TableFormat.HUDI ? "merge" : "insert_overwrite");
        return switch (strategy) {
            case "append" -> new AppendStrategy();
            case "insert_overwrite" -> new InsertOverwriteStrategy();
            case "merge" -> {
                if (!format.merges()) {
                    throw request.error(ErrorCode.INCREMENTAL_STRATEGY_INVALID, "model '" + request.node().name()
                            + "' uses incremental_strategy 'merge' with file_format '" + format.sqlName()
                            + "': merge needs file_format 'iceberg', 'delta' or 'hudi' (or use 'append' / 'insert_overwrite')");
                }
                yield new MergeStrategy();
            }
            default -> throw request.error(ErrorCode.INCREMENTAL_STRATEGY_INVALID, "model '" + request.node().name()
                    + "' has unknown incremental_strategy '" + strategy + "'" + Suggestions.didYouMean(strategy, STRATEGIES)
                    + "; use one of " + String.join(", ", STRATEGIES));
        };
    }
}
