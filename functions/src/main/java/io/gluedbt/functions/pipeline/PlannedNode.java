package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;

/**
 * One executable node of the plan: what blocks it, the statements that build or test it, or the compile error
 * that stops it before it runs.
 *
 * @param severity a test's severity config (error / warn), else null
 * @param compileError dbt's "Compilation Error in ..." message when the node did not compile, else null
 * @param estimateSeconds what the node is expected to take (the previous run's timing, {@link Schedule}, 0 when unknown); paces the
 *     first poll
 * @param pathSeconds the expected seconds from the node's start to the end of the run ({@link Schedule#paths()}): its slack
 *     decides whether it may ride next to a longer node
 */
public record PlannedNode(
        String nodeId,
        String resourceType,
        String name,
        String originalFilePath,
        String relationName,
        List<String> blockers,
        List<SqlStatement> statements,
        String compiledCode,
        String severity,
        String compileError,
        double estimateSeconds,
        double pathSeconds) {

    public PlannedNode {
        requireNonNull(nodeId, "nodeId is null");
        requireNonNull(resourceType, "resourceType is null");
        requireNonNull(name, "name is null");
        blockers = List.copyOf(blockers);
        statements = List.copyOf(statements);
    }
}
