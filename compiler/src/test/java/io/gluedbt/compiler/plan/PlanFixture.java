package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Nodes, contexts and a readable rendering of planned statements for golden-string tests. */
final class PlanFixture {
    static final String SQL = "select id, amount from silver.orders";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);

    private PlanFixture() {}

    /** A model {@code analytics.orders} in {@code models/orders.sql} with the given config (key, value pairs). */
    static Node model(Object... config) {
        return node("model.demo.orders", ResourceType.MODEL, "orders", "models/orders.sql", "analytics", config);
    }

    static Node node(String uniqueId, ResourceType type, String name, String file, String schema, Object... config) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int index = 0; index + 1 < config.length; index += 2) {
            values.put((String) config[index], config[index + 1]);
        }
        return Node.builder(uniqueId, type).packageName("demo").name(name).path(file.substring(file.indexOf('/') + 1))
                .originalFilePath(file).fqn(List.of("demo", name)).config(values).database(schema).schema(schema).alias(name)
                .relationName(schema + "." + name).build();
    }

    /** Local: no location, glue_catalog, fixed clock. */
    static PlanContext local() {
        return new PlanContext(Optional.empty(), LocationLayout.SCHEMA_AND_ALIAS, Optional.of("glue_catalog"), "parquet",
                seed -> {
                    throw new AssertionError("no seed expected");
                }, HookRenderer.verbatim(), CLOCK);
    }

    /** Glue: location s3://bucket/data/ (trailing slash stripped). */
    static PlanContext glue() {
        return local().withLocation("s3://bucket/data/");
    }

    static NodeStatements plan(Node node, CatalogView catalog, RunMode mode, PlanContext context) {
        return Planner.create().plan(node, new CompiledNode(node.uniqueId(), SQL, null, List.of()), catalog, mode, context);
    }

    static NodeStatements plan(Node node, CatalogView catalog) {
        return plan(node, catalog, RunMode.INCREMENTAL, local());
    }

    /** Each statement as {@code -- purpose\nsql}, separated by blank lines. */
    static String render(NodeStatements statements) {
        return statements.statements().stream().map(PlanFixture::render).collect(Collectors.joining("\n\n"));
    }

    static String render(SqlStatement statement) {
        String mode = statement.resultMode() == io.gluedbt.compiler.engine.ResultMode.ROWS ? " [rows " + statement.rowLimit() + "]" : "";
        return "-- " + statement.purpose() + mode + "\n" + statement.sql();
    }
}
