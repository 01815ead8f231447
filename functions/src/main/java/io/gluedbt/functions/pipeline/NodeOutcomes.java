package io.gluedbt.functions.pipeline;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.plan.TestVerdict;
import io.gluedbt.compiler.run.RunStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished statement as dbt reports the node (the same rules as the local run's EngineNodeExecutor): OK /
 * INSERT n for builds, PASS / WARN / FAIL for tests, a runtime error naming the failing statement.
 */
final class NodeOutcomes {
    private NodeOutcomes() {}

    static NodeOutcome of(PlannedNode node, NodeResult result, long started, long completed, String threadId) {
        double elapsed = (completed - started) / 1000.0;
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", "OK");
        response.put("code", "OK");
        response.put("statements", result.outcomes().size());
        if (result.failure().isPresent()) {
            StatementFailure failure = result.failure().get();
            String purpose = failure.statementIndex() < node.statements().size() ? node.statements().get(failure.statementIndex()).purpose() : "statement";
            String message = "Runtime Error in " + describe(node) + "\n  " + failure.errorClass() + " in statement " + (failure.statementIndex() + 1)
                    + " of " + node.statements().size() + " (" + purpose + "): " + failure.message();
            response.put("_message", failure.errorClass());
            response.put("code", "ERROR");
            return outcome(node, RunStatus.ERROR, message, null, elapsed, threadId, started, completed, response);
        }
        if (node.resourceType().equals(ResourceType.TEST.dbtName())) {
            StatementOutcome last = result.outcomes().get(result.outcomes().size() - 1);
            TestVerdict verdict = TestVerdict.from(last, testNode(node));
            RunStatus status = RunStatus.valueOf(verdict.status().name());
            String plural = verdict.failures() == 1 ? "" : "s";
            String message = switch (status) {
                case FAIL -> "Got " + verdict.failures() + " result" + plural + ", configured to fail if != 0";
                case WARN -> "Got " + verdict.failures() + " result" + plural + ", configured to warn if != 0";
                default -> null;
            };
            return outcome(node, status, message, (int) verdict.failures(), elapsed, threadId, started, completed, response);
        }
        String message = "OK";
        if (node.resourceType().equals(ResourceType.SEED.dbtName())) {
            long rows = result.outcomes().stream().mapToLong(StatementOutcome::rowsAffected).filter(count -> count > 0).sum();
            message = "INSERT " + rows;
            response.put("rows_affected", rows);
        }
        response.put("_message", message);
        return outcome(node, RunStatus.SUCCESS, message, null, elapsed, threadId, started, completed, response);
    }

    private static NodeOutcome outcome(PlannedNode node, RunStatus status, String message, Integer failures, double elapsed, String threadId,
            long started, long completed, Map<String, Object> response) {
        return new NodeOutcome(node.nodeId(), status, message, failures, elapsed, threadId, started, started, started, completed, node.compiledCode(),
                node.relationName(), response);
    }

    private static Node testNode(PlannedNode node) {
        return Node.builder(node.nodeId(), ResourceType.TEST).packageName("plan").name(node.name()).path(node.originalFilePath())
                .originalFilePath(node.originalFilePath()).fqn(List.of(node.name()))
                .config(Map.of("severity", node.severity() == null ? "error" : node.severity())).build();
    }

    private static String describe(PlannedNode node) {
        return node.resourceType() + " " + node.name() + " (" + node.originalFilePath() + ")";
    }
}
