package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.List;

/**
 * Turns one node into its ordered statements: one typed strategy per materialization (SQLMesh style), with
 * dbt-glue's materializations as the behavioural spec. Models by {@code materialized} (table, view,
 * incremental, ephemeral), seeds, snapshots and tests by resource type. Ephemeral models and analyses plan
 * no statements: the caller reports them as dbt does (skipped-as-success) without running anything.
 * Stateless and thread-safe.
 */
public final class Planner {
    private static final List<String> MATERIALIZATIONS = List.of("table", "view", "incremental", "ephemeral");

    private Planner() {}

    public static Planner create() {
        return new Planner();
    }

    /**
     * @param node the node with its resolved config, schema and alias
     * @param compiled its compiled SQL; seeds have none and may pass null
     * @param catalog the live catalog: relation existence, type, format and columns
     * @param mode the invocation's refresh mode (the node's {@code full_refresh} config overrides it)
     * @param context the target's values and the hook renderer
     * @throws GluedbtException MATERIALIZATION_INVALID, INCREMENTAL_STRATEGY_INVALID, CONFIG_INVALID,
     *     SEED_INVALID, SNAPSHOT_INVALID, COMPILER_ERROR (on_schema_change), naming the node's file
     */
    public NodeStatements plan(Node node, CompiledNode compiled, CatalogView catalog, RunMode mode, PlanContext context) {
        requireNonNull(node, "node is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(context, "context is null");
        if (node.resourceType() == ResourceType.ANALYSIS || node.isEphemeral()) {
            return new NodeStatements(node.uniqueId(), List.of());
        }
        String sql = "";
        if (node.resourceType() != ResourceType.SEED) {
            requireNonNull(compiled, "compiled is null");
            sql = stripTrailingSemicolon(compiled.compiledCode());
        }
        PlanRequest request = new PlanRequest(node, sql, catalog, mode, context);
        List<SqlStatement> statements = strategy(node).plan(request);
        return new NodeStatements(node.uniqueId(), statements);
    }

    private static MaterializationStrategy strategy(Node node) {
        return switch (node.resourceType()) {
            case SEED -> new SeedStrategy();
            case SNAPSHOT -> new SnapshotStrategy();
            case TEST -> new TestStrategy();
            case MODEL -> modelStrategy(node);
            default -> throw new GluedbtException(ErrorCode.MATERIALIZATION_INVALID, SourcePosition.fileOnly(node.originalFilePath()),
                    node.resourceType().dbtName() + " '" + node.name() + "' cannot be run");
        };
    }

    private static MaterializationStrategy modelStrategy(Node node) {
        SourcePosition position = SourcePosition.fileOnly(node.originalFilePath());
        if (!node.language().equals("sql")) {
            throw new GluedbtException(ErrorCode.MATERIALIZATION_INVALID, position, "model '" + node.name() + "' is a " + node.language()
                    + " model; only SQL models can be planned");
        }
        String materialized = node.materialized();
        return switch (materialized) {
            case "table" -> new TableStrategy();
            case "view" -> new ViewStrategy();
            case "incremental" -> new IncrementalStrategy();
            default -> throw new GluedbtException(ErrorCode.MATERIALIZATION_INVALID, position, "model '" + node.name()
                    + "' has unknown materialization '" + materialized + "'" + Suggestions.didYouMean(materialized, MATERIALIZATIONS)
                    + "; use one of " + String.join(", ", MATERIALIZATIONS));
        };
    }

    /** A trailing {@code ;} would break the statements the SQL is embedded in ({@code AS <sql>}, subqueries). */
    private static String stripTrailingSemicolon(String sql) {
        String result = sql.strip();
        while (result.endsWith(";")) {
            result = result.substring(0, result.length() - 1).stripTrailing();
        }
        return result;
    }
}
