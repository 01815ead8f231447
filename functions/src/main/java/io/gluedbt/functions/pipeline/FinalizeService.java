package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunResultsWriter;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.functions.FinalizeRequest;
import io.gluedbt.functions.FinalizeResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Finalize step: stop every session first (nothing after may leak one), then gather the stored results in plan
 * order (a node that never ran is SKIPPED), record their timings for the next run's schedule ({@link RunHistory}),
 * write run_results.json (v6) and summarise.
 */
public final class FinalizeService {
    private final RunStore store;
    private final SessionPool pool;
    private final RunHistory history;

    public FinalizeService(RunStore store, SessionPool pool, RunHistory history) {
        this.store = requireNonNull(store, "store is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.history = requireNonNull(history, "history is null");
    }

    public FinalizeResponse finish(FinalizeRequest request, Instant startedAt, Instant now) {
        pool.stopAll(request.runId());
        String caughtName = request.error() == null ? null : String.valueOf(request.error().get("Error"));
        String caughtMessage = request.error() == null ? null : causeMessage(String.valueOf(request.error().get("Cause")));
        Optional<ExecutionPlan> plan = store.findPlan(request.runId());
        List<NodeRunResult> results = new ArrayList<>();
        if (plan.isPresent()) {
            Map<String, NodeOutcome> stored = store.outcomes(request.runId()).stream()
                    .collect(Collectors.toMap(NodeOutcome::nodeId, Function.identity(), (first, second) -> second));
            history.record(plan.get().projectName(), plan.get().session().targetName(), List.copyOf(stored.values()));
            for (String nodeId : plan.get().order()) {
                NodeOutcome outcome = stored.get(nodeId);
                results.add(outcome != null ? outcome.toRunResult() : NodeOutcome.skipped(plan.get().nodes().get(nodeId),
                        "SKIP: the run stopped before this node ran" + (caughtName == null ? "" : " (" + caughtName + ")")).toRunResult());
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("which", plan.get().command());
            args.put("threads", plan.get().poolSize());
            RunResults run = new RunResults(request.runId(), startedAt, Math.max(0, (now.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0), results, args);
            store.put(RunStore.runKey(request.runId(), "run_results.json"),
                    Json.bytes(RunResultsWriter.toJson(run, ProjectSession.DBT_VERSION)), "application/json");
        }
        int ok = count(results, RunStatus.SUCCESS) + count(results, RunStatus.PASS) + count(results, RunStatus.WARN);
        int errors = count(results, RunStatus.ERROR) + count(results, RunStatus.FAIL);
        int skipped = count(results, RunStatus.SKIPPED);
        if (caughtName != null) {
            return new FinalizeResponse(request.runId(), FinalizeResponse.ERROR, ok, errors, skipped, caughtName, caughtMessage);
        }
        if (errors > 0) {
            String failed = results.stream().filter(result -> result.status().blocksDownstream() && result.status() != RunStatus.SKIPPED)
                    .map(NodeRunResult::uniqueId).limit(5).collect(Collectors.joining(", "));
            return new FinalizeResponse(request.runId(), FinalizeResponse.ERROR, ok, errors, skipped, "gluedbt.NodesFailed",
                    errors + " of " + results.size() + " nodes failed (" + failed + (errors > 5 ? ", ..." : "") + "), " + skipped
                            + " skipped; see s3://" + store.bucket() + "/" + RunStore.runKey(request.runId(), "run_results.json"));
        }
        return new FinalizeResponse(request.runId(), FinalizeResponse.SUCCESS, ok, 0, skipped, null, null);
    }

    /** A Lambda error's Cause is the JSON {errorMessage, errorType, stackTrace}; its errorMessage is the clear part. */
    static String causeMessage(String cause) {
        try {
            JsonNode node = Json.MAPPER.readTree(cause);
            return node.hasNonNull("errorMessage") ? node.get("errorMessage").asText() : cause;
        } catch (java.io.IOException | RuntimeException exception) {
            return cause;
        }
    }

    private static int count(List<NodeRunResult> results, RunStatus status) {
        return (int) results.stream().filter(result -> result.status() == status).count();
    }
}
