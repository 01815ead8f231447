package io.gluedbt.compiler.run;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.compile.Compiler;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.time.Instant;
import java.util.Map;

/**
 * Compiles a node against the live catalog (so {@code is_incremental()} sees what upstream nodes just
 * built), plans its statements and runs them on the engine as one unit; turns the outcome into dbt's
 * result: OK / INSERT n for builds, PASS / WARN / FAIL for tests, a runtime error naming the statement.
 */
public final class EngineNodeExecutor implements NodeExecutor {
    private final Engine engine;
    private final Compiler compiler;
    private final NodePlanner planner;
    private final Map<String, CompiledNode> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    public EngineNodeExecutor(Engine engine, Compiler compiler, NodePlanner planner) {
        this.engine = engine;
        this.compiler = compiler;
        this.planner = planner;
    }

    /** What each executed node compiled to (for manifest.json after the run). */
    public Map<String, CompiledNode> compiledNodes() {
        return compiled;
    }

    @Override
    public NodeRunResult execute(Node node, String threadId) {
        Instant started = Instant.now();
        try {
            return executeOrThrow(node, threadId);
        } catch (RuntimeException exception) {
            Instant now = Instant.now();
            String message = "Runtime Error in " + describe(node) + "\n  " + (exception.getMessage() == null ? exception.toString() : exception.getMessage());
            return new NodeRunResult(node.uniqueId(), RunStatus.ERROR, message, null, seconds(started, now), threadId, started, now, null, null,
                    null, node.relationName(), Map.of());
        }
    }

    private NodeRunResult executeOrThrow(Node node, String threadId) {
        Instant compileStarted = Instant.now();
        CompiledNode compiledNode;
        NodeStatements statements;
        try {
            compiledNode = compiler.compile(node);
            compiled.put(node.uniqueId(), compiledNode);
            statements = planner.plan(node, compiledNode, engine.catalog());
        } catch (GluedbtException exception) {
            Instant now = Instant.now();
            return new NodeRunResult(node.uniqueId(), RunStatus.ERROR, "Compilation Error in " + describe(node) + "\n  " + exception.getMessage(),
                    null, seconds(compileStarted, now), threadId, compileStarted, now, null, null, null, node.relationName(), Map.of());
        }
        Instant compileCompleted = Instant.now();
        NodeResult result = engine.execute(statements);
        if (result.succeeded() && node.resourceType() != ResourceType.TEST) {
            engine.afterBuild(node);
        }
        Instant executeCompleted = Instant.now();
        NodeVerdict verdict = NodeVerdict.of(node, statements.statements(), result);
        return new NodeRunResult(node.uniqueId(), verdict.status(), verdict.message(), verdict.failures(), seconds(compileStarted, executeCompleted),
                threadId, compileStarted, compileCompleted, compileCompleted, executeCompleted, compiledNode.compiledCode(), node.relationName(),
                verdict.adapterResponse());
    }

    private static String describe(Node node) {
        return NodeVerdict.describe(node);
    }

    private static double seconds(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
    }
}
