package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;

/** One materialization: the ordered statements (hooks included) that build a node. */
interface MaterializationStrategy {
    List<SqlStatement> plan(PlanRequest request);
}
