package io.gluedbt.local.bench;

import io.gluedbt.cli.Engines;
import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.run.FailurePolicy;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunListener;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.compiler.run.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code gluedbt run -m <selection>} inside this JVM, as {@code ExecuteCommand} does it (open the project, run it
 * with the target's threads and the CLI's planner), on a {@link RecordingEngine}: times the project open (load +
 * parse) and {@link ProjectSession#run}, and keeps the statements it sent.
 */
final class InProcessRuns {
    private InProcessRuns() {}

    /** One timed run: the measurement as JSON-ready values, and the statements it sent. */
    record Measurement(Map<String, Object> values, RecordedRun recorded) {}

    static Measurement run(LoadOptions options, String selection, RecordingEngine engine) {
        int callsBefore = engine.calls().size();
        long started = System.nanoTime();
        ProjectSession session = ProjectSession.open(options);
        long opened = System.nanoTime();
        int threads = session.parsed().project().target().threads();
        RunRequest request = new RunRequest(RunCommand.RUN, new SelectionRequest(List.of(selection), List.of(), null), RunMode.INCREMENTAL,
                threads, FailurePolicy.CONTINUE, RunListener.silent());
        RunResults results = session.run(engine, request, Engines.planner(session, RunMode.INCREMENTAL));
        long finished = System.nanoTime();
        if (results.exitCode() != 0) {
            throw new IllegalStateException("gluedbt run -m " + selection + " failed: " + results.results());
        }
        List<RecordedCall> calls = engine.calls().subList(callsBefore, engine.calls().size());
        RunPlan plan = RunPlan.of(session.manifest(), session.graph(), session.select(request.selection()), RunCommand.RUN);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("selection", selection);
        values.put("open_seconds", (opened - started) / 1e9);
        values.put("run_seconds", (finished - opened) / 1e9);
        values.put("total_seconds", (finished - started) / 1e9);
        values.put("execute_seconds", coveredSeconds(calls));
        values.put("execute_calls", calls.size());
        return new Measurement(values, new RecordedRun(selection, threads, levels(calls, plan.blockers())));
    }

    /** Wall time during which at least one {@code execute} call was running (parallel calls count once). */
    static double coveredSeconds(List<RecordedCall> calls) {
        List<RecordedCall> sorted = calls.stream().sorted(Comparator.comparingLong(RecordedCall::startedNanos)).toList();
        long covered = 0;
        long end = Long.MIN_VALUE;
        for (RecordedCall call : sorted) {
            long start = Math.max(call.startedNanos(), end);
            if (call.finishedNanos() > start) {
                covered += call.finishedNanos() - start;
            }
            end = Math.max(end, call.finishedNanos());
        }
        return covered / 1e9;
    }

    /**
     * Groups the calls into levels: a node's depth is 1 + the deepest node among its blockers; calls that are not
     * selected nodes (schema creation, hooks) form levels of their own, before or after the nodes as recorded. Nodes
     * of a level are in node id order.
     */
    static List<List<NodeStatements>> levels(List<RecordedCall> calls, Map<String, Set<String>> blockers) {
        List<RecordedCall> byStart = calls.stream().sorted(Comparator.comparingLong(RecordedCall::startedNanos)).toList();
        List<List<NodeStatements>> before = new ArrayList<>();
        List<List<NodeStatements>> after = new ArrayList<>();
        TreeMap<Integer, List<NodeStatements>> byDepth = new TreeMap<>();
        Map<String, Integer> depths = new HashMap<>();
        for (RecordedCall call : byStart) {
            String id = call.statements().nodeId();
            if (!blockers.containsKey(id)) {
                (byDepth.isEmpty() ? before : after).add(List.of(call.statements()));
                continue;
            }
            byDepth.computeIfAbsent(depth(id, blockers, depths), key -> new ArrayList<>()).add(call.statements());
        }
        List<List<NodeStatements>> levels = new ArrayList<>(before);
        // within a level the start order is the scheduler's race; node id order keeps recordings comparable
        byDepth.values().forEach(level -> levels.add(level.stream().sorted(Comparator.comparing(NodeStatements::nodeId)).toList()));
        levels.addAll(after);
        return levels;
    }

    private static int depth(String id, Map<String, Set<String>> blockers, Map<String, Integer> depths) {
        Integer known = depths.get(id);
        if (known != null) {
            return known;
        }
        int depth = 0;
        for (String blocker : blockers.getOrDefault(id, Set.of())) {
            depth = Math.max(depth, 1 + depth(blocker, blockers, depths));
        }
        depths.put(id, depth);
        return depth;
    }
}
