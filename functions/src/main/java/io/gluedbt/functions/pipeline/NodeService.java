package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.functions.LaneStep;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionThrottledException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/**
 * RunNode and PollNode. A lane owns one session and runs one node at a time on it, so a session never holds two
 * statements. RunNode claims the first node in the plan's priority order among those marked ready (all blockers
 * finished; a short listing) that no lane claimed (a conditional write: exactly one lane wins it; no wave barrier),
 * then skips it when a blocker did not succeed (dbt's rule), errors it when it did not compile, or starts it as one
 * statement. With nothing to
 * claim a lane waits, or ends and stops its session once the other lanes can take every node still unclaimed.
 * PollNode turns the finished statement into the node's stored result, and marks the dependents it unblocked ready.
 */
public final class NodeService {
    private final RunStore store;
    private final SessionService sessions;
    private final SessionPool pool;
    private final PipelineSettings settings;
    private final Clock clock;

    public NodeService(RunStore store, SessionService sessions, SessionPool pool, PipelineSettings settings, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public LaneStep run(LaneStep step) {
        int steps = step.nextSteps();
        if (steps > settings.stepsPerExecution()) {
            return step.yielded(steps);
        }
        ExecutionPlan plan = store.plan(step.runId());
        if (!step.sessionReady() && !sessions.ready(plan.session(), step.sessionId())) {
            return step.waitingForSession(steps, settings.pollFirstSeconds());
        }
        if (LaneStep.CLAIMED.equals(step.state())) {
            return start(step, steps, plan, plan.nodes().get(step.nodeId()));
        }
        for (int rank : store.readyRanks(step.runId())) {
            boolean won = store.claim(step.runId(), plan.order().get(rank), threadId(step));
            store.unmarkReady(step.runId(), rank); // taken: by this lane, or by the one that won it
            if (won) {
                return start(step, steps, plan, plan.nodes().get(plan.order().get(rank)));
            }
        }
        if (step.idleWait() < 2) {
            return step.idle(steps, settings.nextIdleWait(step.idleWait())); // look again before counting what is left (a long listing)
        }
        Set<String> claimed = store.claimIds(step.runId());
        int unclaimed = (int) plan.nodes().keySet().stream().filter(nodeId -> !claimed.contains(nodeId)).count();
        if (unclaimed == 0 || mayEndEarly(step, plan, unclaimed)) {
            pool.stop(plan.session(), step.sessionId());
            return step.laneEnd(steps);
        }
        return step.idle(steps, settings.nextIdleWait(step.idleWait()));
    }

    /** The other lanes still running are at least as many as the unclaimed nodes: this one takes the next early end. */
    private boolean mayEndEarly(LaneStep step, ExecutionPlan plan, int unclaimed) {
        int ended = store.endedLanes(step.runId());
        return plan.poolSize() - ended - 1 >= unclaimed && store.endLane(step.runId(), ended, threadId(step));
    }

    private LaneStep start(LaneStep step, int steps, ExecutionPlan plan, PlannedNode node) {
        long now = clock.millis();
        if (node.compileError() != null) {
            finish(plan, new NodeOutcome(node.nodeId(), RunStatus.ERROR, node.compileError(), null, 0, threadId(step), now, now, null, null, null,
                    node.relationName(), Map.of()));
            return step.done(steps, node.nodeId());
        }
        Optional<String> blocked = node.blockers().stream()
                .filter(blocker -> store.outcome(step.runId(), blocker).map(outcome -> outcome.status().blocksDownstream()).orElse(Boolean.TRUE))
                .findFirst();
        if (blocked.isPresent()) {
            finish(plan, NodeOutcome.skipped(node, "SKIP relation " + node.relationName() + " due to upstream failure in " + blocked.get()));
            return step.done(steps, node.nodeId());
        }
        try {
            String statementId = sessions.start(plan.session(), step.sessionId(), new NodeStatements(node.nodeId(), node.statements()));
            return step.running(steps, node.nodeId(), statementId, settings.firstWait(node.estimateSeconds()), now);
        } catch (SessionThrottledException throttled) {
            // the claim is this lane's: keep the node in the step and start it after a wait (a retried RunNode would claim anew)
            return step.claimed(steps, node.nodeId(), settings.nextIdleWait(step.idleWait()));
        }
    }

    /** The polled step, and the stored outcome once the statement finished. */
    public PolledStep poll(LaneStep step) {
        ExecutionPlan plan = store.plan(step.runId());
        int steps = step.nextSteps();
        Optional<NodeResult> result = sessions.poll(plan.session(), step.sessionId(), step.statementId());
        PlannedNode node = plan.nodes().get(step.nodeId());
        long now = clock.millis();
        if (result.isEmpty()) {
            return new PolledStep(step.polled(steps, settings.nextWait((now - step.startedAt()) / 1000.0, node.estimateSeconds())), Optional.empty());
        }
        NodeOutcome outcome = NodeOutcomes.of(node, result.get(), step.startedAt(), now, threadId(step));
        finish(plan, outcome);
        return new PolledStep(step.done(steps, step.nodeId()), Optional.of(outcome));
    }

    /**
     * Stores the node's result, then marks ready each dependent whose other blockers have results too. Of two lanes
     * finishing a dependent's last two blockers at once, each stores before it looks, so at least one sees both.
     */
    private void finish(ExecutionPlan plan, NodeOutcome outcome) {
        store.putOutcome(plan.runId(), outcome);
        List<Integer> ready = plan.dependents(outcome.nodeId()).stream()
                .filter(dependent -> plan.nodes().get(dependent).blockers().stream()
                        .allMatch(blocker -> blocker.equals(outcome.nodeId()) || store.hasOutcome(plan.runId(), blocker)))
                .map(plan::rank).toList();
        store.markReady(plan.runId(), ready);
    }

    private static String threadId(LaneStep step) {
        return "Thread-" + (step.lane() + 1) + " (session " + step.sessionId() + ")";
    }
}
