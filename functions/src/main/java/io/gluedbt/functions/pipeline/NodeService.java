package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.functions.LaneStep;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionThrottledException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/**
 * RunNode and PollNode. A lane owns one session and runs one statement at a time on it (Glue refuses a second).
 * RunNode claims the first node in the plan's priority order among those marked ready (all blockers finished; a
 * short listing) that no lane claimed (a conditional write: exactly one lane wins it; no wave barrier), then skips
 * it when a blocker did not succeed (dbt's rule), errors it when it did not compile, or starts it as one statement.
 * When the plan packs ({@link ExecutionPlan#nodesPerStatement()} &gt; 1) the statement also carries riders: other
 * ready nodes expected to finish before it ({@link Riders}), run side by side in the session. With nothing to
 * claim a lane waits, or ends and stops its session once the other lanes can take every node still unclaimed.
 * PollNode turns the finished statement into the nodes' stored results, and marks the dependents they unblocked ready.
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
            return start(step, steps, plan, plan.nodes().get(step.nodeId()), step.riders());
        }
        List<Integer> ranks = store.readyRanks(step.runId());
        for (int index = 0; index < ranks.size(); index++) {
            int rank = ranks.get(index);
            boolean won = store.claim(step.runId(), plan.order().get(rank), threadId(step));
            store.unmarkReady(step.runId(), rank); // taken: by this lane, or by the one that won it
            if (won) {
                PlannedNode lead = plan.nodes().get(plan.order().get(rank));
                List<String> riders = runnable(step, lead) ? claimRiders(step, plan, lead, ranks.subList(index + 1, ranks.size())) : List.of();
                return start(step, steps, plan, lead, riders);
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

    /**
     * The other lanes still running can start every unclaimed node at once (each up to the plan's nodes per
     * statement): this one takes the next early end.
     */
    private boolean mayEndEarly(LaneStep step, ExecutionPlan plan, int unclaimed) {
        int ended = store.endedLanes(step.runId());
        return (long) (plan.poolSize() - ended - 1) * Math.max(1, plan.nodesPerStatement()) >= unclaimed
                && store.endLane(step.runId(), ended, threadId(step));
    }

    /** Whether the lead will run a statement: it compiled and no blocker failed (else it is settled without one). */
    private boolean runnable(LaneStep step, PlannedNode node) {
        return node.compileError() == null && blockedBy(step, node).isEmpty();
    }

    private Optional<String> blockedBy(LaneStep step, PlannedNode node) {
        return node.blockers().stream()
                .filter(blocker -> store.outcome(step.runId(), blocker).map(outcome -> outcome.status().blocksDownstream()).orElse(Boolean.TRUE))
                .findFirst();
    }

    /** Claims up to nodes-per-statement − 1 riders for {@code lead} among the ready ranks after it. */
    private List<String> claimRiders(LaneStep step, ExecutionPlan plan, PlannedNode lead, List<Integer> ranks) {
        List<String> riders = new ArrayList<>();
        for (int rank : ranks) {
            if (riders.size() >= plan.nodesPerStatement() - 1) {
                break;
            }
            PlannedNode candidate = plan.nodes().get(plan.order().get(rank));
            if (Riders.mayRide(lead, candidate) && runnable(step, candidate)) {
                boolean won = store.claim(step.runId(), candidate.nodeId(), threadId(step));
                store.unmarkReady(step.runId(), rank);
                if (won) {
                    riders.add(candidate.nodeId());
                }
            }
        }
        return List.copyOf(riders);
    }

    private LaneStep start(LaneStep step, int steps, ExecutionPlan plan, PlannedNode node, List<String> riders) {
        long now = clock.millis();
        if (node.compileError() != null) {
            finish(plan, new NodeOutcome(node.nodeId(), RunStatus.ERROR, node.compileError(), null, 0, threadId(step), now, now, null, null, null,
                    node.relationName(), Map.of()));
            return step.done(steps, node.nodeId());
        }
        Optional<String> blocked = blockedBy(step, node);
        if (blocked.isPresent()) {
            finish(plan, NodeOutcome.skipped(node, "SKIP relation " + node.relationName() + " due to upstream failure in " + blocked.get()));
            return step.done(steps, node.nodeId());
        }
        List<NodeStatements> statements = new ArrayList<>();
        statements.add(new NodeStatements(node.nodeId(), node.statements()));
        riders.forEach(rider -> statements.add(new NodeStatements(rider, plan.nodes().get(rider).statements())));
        try {
            String statementId = sessions.start(plan.session(), step.sessionId(), statements);
            return step.running(steps, node.nodeId(), riders, statementId, settings.firstWait(node.estimateSeconds()), now);
        } catch (SessionThrottledException throttled) {
            // the claims are this lane's: keep the nodes in the step and start them after a wait (a retried RunNode would claim anew)
            return step.claimed(steps, node.nodeId(), riders, settings.nextIdleWait(step.idleWait()));
        }
    }

    /**
     * The polled step, and the stored outcomes once the statement finished. A node's timing ends after its own
     * seconds in the session (Glue's statement time, or the node's own in a packed statement), not at the poll that
     * saw it end: the next run's first poll is paced by it.
     */
    public PolledStep poll(LaneStep step) {
        ExecutionPlan plan = store.plan(step.runId());
        int steps = step.nextSteps();
        List<String> nodeIds = new ArrayList<>();
        nodeIds.add(step.nodeId());
        nodeIds.addAll(step.riders());
        Optional<List<NodeResult>> results = sessions.poll(plan.session(), step.sessionId(), step.statementId(), nodeIds);
        PlannedNode node = plan.nodes().get(step.nodeId());
        long now = clock.millis();
        if (results.isEmpty()) {
            return new PolledStep(step.polled(steps, settings.nextWait((now - step.startedAt()) / 1000.0, node.estimateSeconds())), List.of());
        }
        List<NodeOutcome> outcomes = new ArrayList<>();
        for (int index = 0; index < nodeIds.size(); index++) {
            NodeResult result = results.get().get(index);
            long completed = result.seconds() > 0 ? Math.min(now, step.startedAt() + Math.round(result.seconds() * 1000)) : now;
            outcomes.add(NodeOutcomes.of(plan.nodes().get(nodeIds.get(index)), result, step.startedAt(), completed, threadId(step)));
        }
        // riders first: they ended before the lead
        for (int index = outcomes.size() - 1; index >= 0; index--) {
            finish(plan, outcomes.get(index));
        }
        return new PolledStep(step.done(steps, step.nodeId()), List.copyOf(outcomes));
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
