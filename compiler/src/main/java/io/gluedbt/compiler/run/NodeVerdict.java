package io.gluedbt.compiler.run;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.plan.TestVerdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What dbt reports for a node whose statements ran: OK / INSERT n for builds, PASS / WARN / FAIL with the failure
 * count for tests, a runtime error naming the failing statement; and the adapter response. One rule for every place a
 * node's statements finish (the local run loop, the pipeline's PollNode).
 */
public record NodeVerdict(RunStatus status, String message, Integer failures, Map<String, Object> adapterResponse) {
    public NodeVerdict {
        requireNonNull(status, "status is null");
        adapterResponse = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(adapterResponse));
    }

    public static NodeVerdict of(Node node, List<SqlStatement> statements, NodeResult result) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("_message", "OK");
        response.put("code", "OK");
        response.put("statements", result.outcomes().size());
        if (result.failure().isPresent()) {
            StatementFailure failure = result.failure().get();
            String purpose = failure.statementIndex() < statements.size() ? statements.get(failure.statementIndex()).purpose() : "statement";
            String message = "Runtime Error in " + describe(node) + "\n  " + failure.errorClass() + " in statement "
                    + (failure.statementIndex() + 1) + " of " + statements.size() + " (" + purpose + "): " + failure.message();
            response.put("_message", failure.errorClass());
            response.put("code", "ERROR");
            return new NodeVerdict(RunStatus.ERROR, message, null, response);
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
            return new NodeVerdict(status, message, (int) verdict.failures(), response);
        }
        String message = "OK";
        if (node.resourceType() == ResourceType.SEED) {
            long rows = result.outcomes().stream().mapToLong(StatementOutcome::rowsAffected).filter(count -> count > 0).sum();
            message = "INSERT " + rows;
            response.put("rows_affected", rows);
        }
        response.put("_message", message);
        return new NodeVerdict(RunStatus.SUCCESS, message, null, response);
    }

    /** {@code model name (path)}, as dbt names a node in messages. */
    public static String describe(Node node) {
        return node.resourceType().dbtName() + " " + node.name() + " (" + node.originalFilePath() + ")";
    }
}
