package io.gluedbt.compiler.run;

import io.gluedbt.compiler.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs nodes as soon as what blocks them is done, on {@code threads} workers, with dbt's failure semantics:
 * a failed node's dependents (transitively) are SKIPPED, independent nodes keep running, and with
 * {@link FailurePolicy#FAIL_FAST} nothing new starts after the first failure.
 */
public final class RunScheduler {
    private final List<Node> nodes;
    private final Map<String, Set<String>> blockers;
    private final int threads;
    private final FailurePolicy policy;
    private final NodeExecutor executor;
    private final RunListener listener;

    private RunScheduler(List<Node> nodes, Map<String, Set<String>> blockers, int threads, FailurePolicy policy, NodeExecutor executor,
            RunListener listener) {
        this.nodes = nodes;
        this.blockers = blockers;
        this.threads = threads;
        this.policy = policy;
        this.executor = executor;
        this.listener = listener;
    }

    /**
     * @param nodes the nodes to run, in a topological order (ties keep this order)
     * @param blockers per node id, the ids among {@code nodes} that must finish first
     */
    public static List<NodeRunResult> run(List<Node> nodes, Map<String, Set<String>> blockers, int threads, FailurePolicy policy,
            NodeExecutor executor, RunListener listener) {
        return new RunScheduler(nodes, blockers, Math.max(1, threads), policy, executor, listener).run();
    }

    private List<NodeRunResult> run() {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.uniqueId(), node));
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Node node : nodes) {
            Set<String> blocking = blockers.getOrDefault(node.uniqueId(), Set.of());
            int count = 0;
            for (String blocker : blocking) {
                if (byId.containsKey(blocker) && !blocker.equals(node.uniqueId())) {
                    dependents.computeIfAbsent(blocker, id -> new ArrayList<>()).add(node.uniqueId());
                    count++;
                }
            }
            waiting.put(node.uniqueId(), count);
        }
        List<NodeRunResult> results = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Deque<String> ready = new ArrayDeque<>();
        nodes.stream().filter(node -> waiting.get(node.uniqueId()) == 0).forEach(node -> ready.add(node.uniqueId()));
        AtomicInteger index = new AtomicInteger();
        int total = nodes.size();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "Thread-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Finished> completions = new ExecutorCompletionService<>(pool);
        int running = 0;
        boolean stopped = false;
        try {
            while (done.size() < total) {
                while (!stopped && running < threads && !ready.isEmpty()) {
                    Node node = byId.get(ready.poll());
                    int position = index.incrementAndGet();
                    listener.started(node, position, total);
                    completions.submit(() -> new Finished(node, position, executor.execute(node, Thread.currentThread().getName())));
                    running++;
                }
                if (running == 0) {
                    for (Node node : nodes) {
                        if (!done.contains(node.uniqueId())) {
                            skip(node, "Skipping because --fail-fast stopped the run", index, total, results, done);
                        }
                    }
                    break;
                }
                Finished finished = completions.take().get();
                running--;
                results.add(finished.result());
                done.add(finished.node().uniqueId());
                listener.finished(finished.node(), finished.index(), total, finished.result());
                if (finished.result().status().blocksDownstream()) {
                    skipDescendants(finished.node().uniqueId(), dependents, byId, index, total, results, done, ready);
                    if (policy == FailurePolicy.FAIL_FAST) {
                        stopped = true;
                    }
                } else {
                    for (String dependent : dependents.getOrDefault(finished.node().uniqueId(), List.of())) {
                        if (!done.contains(dependent) && waiting.merge(dependent, -1, Integer::sum) == 0) {
                            ready.add(dependent);
                        }
                    }
                }
            }
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", exception);
        } catch (ExecutionException exception) {
            throw new IllegalStateException("node executor failed unexpectedly", exception.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private void skipDescendants(String failedId, Map<String, List<String>> dependents, Map<String, Node> byId, AtomicInteger index, int total,
            List<NodeRunResult> results, Set<String> done, Deque<String> ready) {
        Deque<String> queue = new ArrayDeque<>(dependents.getOrDefault(failedId, List.of()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (done.contains(id)) {
                continue;
            }
            ready.remove(id);
            skip(byId.get(id), "Skipping due to an upstream failure: " + failedId, index, total, results, done);
            queue.addAll(dependents.getOrDefault(id, List.of()));
        }
    }

    private void skip(Node node, String message, AtomicInteger index, int total, List<NodeRunResult> results, Set<String> done) {
        NodeRunResult skipped = NodeRunResult.skipped(node.uniqueId(), message, node.relationName());
        results.add(skipped);
        done.add(node.uniqueId());
        listener.finished(node, index.incrementAndGet(), total, skipped);
    }

    private record Finished(Node node, int index, NodeRunResult result) {}
}
