package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.functions.LaneStep;
import io.gluedbt.functions.session.SessionService;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * RunNode and PollNode: a lane's node at its position is skipped when a blocker did not succeed (dbt's rule),
 * errors at once when it did not compile, else starts as one statement on the lane's own session (a lane runs one
 * node at a time, so a session never holds two statements); polling turns the finished statement into the
 * node's stored result.
 */
public final class NodeService {
    private final RunStore store;
    private final SessionService sessions;
    private final PipelineSettings settings;
    private final Clock clock;

    public NodeService(RunStore store, SessionService sessions, PipelineSettings settings, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public LaneStep run(LaneStep step) {
        ExecutionPlan plan = store.plan(step.runId());
        String nodeId = plan.nodeAt(step.wave(), step.lane(), step.position());
        if (nodeId == null) {
            return step.laneEnd();
        }
        PlannedNode node = plan.nodes().get(nodeId);
        if (node.compileError() != null) {
            long now = clock.millis();
            store.putOutcome(step.runId(), new NodeOutcome(nodeId, RunStatus.ERROR, node.compileError(), null, 0, threadId(step), now, now, null, null,
                    null, node.relationName(), Map.of()));
            return step.done(nodeId);
        }
        Optional<String> blocked = node.blockers().stream()
                .filter(blocker -> store.outcome(step.runId(), blocker).map(outcome -> outcome.status().blocksDownstream()).orElse(Boolean.TRUE))
                .findFirst();
        if (blocked.isPresent()) {
            store.putOutcome(step.runId(), NodeOutcome.skipped(node, "SKIP relation " + node.relationName() + " due to upstream failure in " + blocked.get()));
            return step.done(nodeId);
        }
        long started = clock.millis();
        String statementId = sessions.start(plan.session(), step.sessionId(), new NodeStatements(nodeId, node.statements()));
        return step.running(nodeId, statementId, settings.pollFirstSeconds(), started);
    }

    /** The polled step, and the stored outcome once the statement finished. */
    public PolledStep poll(LaneStep step) {
        ExecutionPlan plan = store.plan(step.runId());
        Optional<NodeResult> result = sessions.poll(plan.session(), step.sessionId(), step.statementId());
        if (result.isEmpty()) {
            return new PolledStep(step.waiting(settings.nextWait(step.waitSeconds())), Optional.empty());
        }
        PlannedNode node = plan.nodes().get(step.nodeId());
        NodeOutcome outcome = NodeOutcomes.of(node, result.get(), step.startedAt(), clock.millis(), threadId(step));
        store.putOutcome(step.runId(), outcome);
        return new PolledStep(step.done(step.nodeId()), Optional.of(outcome));
    }

    private static String threadId(LaneStep step) {
        return "Thread-" + (step.lane() + 1) + " (session " + step.sessionId() + ")";
    }
}
