package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.Node;
import java.util.Optional;

/** One node to plan, with everything a strategy may consult. */
record PlanRequest(Node node, String compiledSql, CatalogView catalog, RunMode mode, PlanContext context) {
    PlanRequest {
        requireNonNull(node, "node is null");
        requireNonNull(compiledSql, "compiledSql is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(context, "context is null");
    }

    NodeConfig config() {
        return new NodeConfig(node);
    }

    /** The model's {@code file_format}, parquet when unset. */
    TableFormat format() {
        return format("parquet");
    }

    TableFormat format(String defaultFormat) {
        String configured = config().string("file_format").orElse(defaultFormat);
        return TableFormat.parse(configured).orElseThrow(() -> error(ErrorCode.CONFIG_INVALID,
                node.resourceType().dbtName() + " '" + node.name() + "' has unsupported file_format '" + configured + "'"));
    }

    boolean fullRefresh() {
        return mode.fullRefresh(node);
    }

    /** The node's own relation as the catalog sees it now. */
    Optional<Relation> existingRelation() {
        return catalog.getRelation(node.database() == null ? node.schema() : node.database(), node.schema(), node.alias());
    }

    GluedbtException error(ErrorCode code, String message) {
        return new GluedbtException(code, SourcePosition.fileOnly(node.originalFilePath()), message);
    }
}
