package io.gluedbt.compiler.run;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.compile.Compiler;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.plan.TestVerdict;
import java.time.Instant;
import java.util.LinkedHashMap;
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
        Instant executeCompleted = Instant.now();
        double elapsed = seconds(compileStarted, executeCompleted);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", "OK");
        response.put("code", "OK");
        response.put("statements", result.outcomes().size());
        if (result.failure().isPresent()) {
            StatementFailure failure = result.failure().get();
            String purpose = failure.statementIndex() < statements.statements().size()
                    ? statements.statements().get(failure.statementIndex()).purpose() : "statement";
            String message = "Runtime Error in " + describe(node) + "\n  " + failure.errorClass() + " in statement "
                    + (failure.statementIndex() + 1) + " of " + statements.statements().size() + " (" + purpose + "): " + failure.message();
            response.put("_message", failure.errorClass());
            response.put("code", "ERROR");
            return new NodeRunResult(node.uniqueId(), RunStatus.ERROR, message, null, elapsed, threadId, compileStarted, compileCompleted,
                    compileCompleted, executeCompleted, compiledNode.compiledCode(), node.relationName(), response);
        }
        if (node.resourceType() == ResourceType.TEST) {
            StatementOutcome last = result.outcomes().get(result.outcomes().size() - 1);
            TestVerdict verdict = TestVerdict.from(last, node);
            RunStatus status = switch (verdict.status()) {
                case PASS -> RunStatus.PASS;
                case WARN -> RunStatus.WARN;
                case FAIL -> RunStatus.FAIL;
            };
            String plural = verdict.failures() == 1 ? "" : "s";
            String message = switch (status) {
                case FAIL -> "Got " + verdict.failures() + " result" + plural + ", configured to fail if " + node.config().getOrDefault("error_if", "!= 0");
                case WARN -> "Got " + verdict.failures() + " result" + plural + ", configured to warn if " + node.config().getOrDefault("warn_if", "!= 0");
                default -> null;
            };
            return new NodeRunResult(node.uniqueId(), status, message, (int) verdict.failures(), elapsed, threadId, compileStarted,
                    compileCompleted, compileCompleted, executeCompleted, compiledNode.compiledCode(), node.relationName(), response);
        }
        engine.afterBuild(node);
        String message = "OK";
        if (node.resourceType() == ResourceType.SEED) {
            long rows = result.outcomes().stream().mapToLong(StatementOutcome::rowsAffected).filter(count -> count > 0).sum();
            message = "INSERT " + rows;
            response.put("rows_affected", rows);
        }
        response.put("_message", message);
        return new NodeRunResult(node.uniqueId(), RunStatus.SUCCESS, message, null, elapsed, threadId, compileStarted, compileCompleted,
                compileCompleted, executeCompleted, compiledNode.compiledCode(), node.relationName(), response);
    }

    private static String describe(Node node) {
        return node.resourceType().dbtName() + " " + node.name() + " (" + node.originalFilePath() + ")";
    }

    private static double seconds(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
    }
}
