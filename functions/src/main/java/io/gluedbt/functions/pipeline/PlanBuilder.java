package io.gluedbt.functions.pipeline;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.Compiler;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.compiler.run.NodePlanner;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.functions.session.SessionSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a selected, parsed project into plan.json: each node compiled through the live catalog and planned into
 * statements; waves by dependency level (a wave over the per-execution node budget is split, still in order);
 * lanes of a wave dealt round-robin over the pool (pool = min(threads, widest wave, quota)); chunks of consecutive
 * waves per child execution.
 */
public final class PlanBuilder {
    private PlanBuilder() {}

    public static ExecutionPlan build(String runId, ProjectSession session, RunPlan runPlan, RunCommand command, RunMode mode, CatalogView catalog,
            PipelineSettings settings, Map<String, CompiledNode> compiledOut) {
        Compiler compiler = Compiler.create(session.parsed(), catalog, mode);
        NodePlanner planner = session.planner(mode);
        Map<String, PlannedNode> nodes = new TreeMap<>();
        for (Node node : runPlan.nodes()) {
            nodes.put(node.uniqueId(), plan(node, runPlan.blockers().get(node.uniqueId()), compiler, planner, catalog, compiledOut));
        }
        List<List<String>> waves = splitWaves(levels(runPlan), settings.nodesPerExecution());
        Target target = session.parsed().project().target();
        int widest = waves.stream().mapToInt(List::size).max().orElse(0);
        int poolSize = Math.max(1, Math.min(Math.min(Math.max(1, target.threads()), widest), settings.maxSessions()));
        List<PlannedWave> planned = waves.stream().map(wave -> lanes(wave, poolSize)).toList();
        SessionSettings sessionSettings = new SessionSettings(runId, target.name(), target.type(), target.values());
        List<String> schemas = runPlan.nodes().stream()
                .filter(node -> node.resourceType() != ResourceType.TEST || Boolean.TRUE.equals(node.config().get("store_failures")))
                .map(Node::schema).filter(java.util.Objects::nonNull).sorted().distinct().toList();
        return new ExecutionPlan(runId, session.manifest().projectName(), command.name().toLowerCase(java.util.Locale.ROOT), sessionSettings,
                poolSize, schemas, planned, chunks(waves, settings.nodesPerExecution()), nodes);
    }

    private static PlannedNode plan(Node node, Set<String> blockers, Compiler compiler, NodePlanner planner, CatalogView catalog,
            Map<String, CompiledNode> compiledOut) {
        Object severity = node.resourceType() == ResourceType.TEST ? node.config().getOrDefault("severity", "error") : null;
        try {
            CompiledNode compiled = compiler.compile(node);
            compiledOut.put(node.uniqueId(), compiled);
            NodeStatements statements = planner.plan(node, compiled, catalog);
            return new PlannedNode(node.uniqueId(), node.resourceType().dbtName(), node.name(), node.originalFilePath(), node.relationName(),
                    List.copyOf(blockers), statements.statements(), compiled.compiledCode(), severity == null ? null : severity.toString(), null);
        } catch (GluedbtException exception) {
            String message = "Compilation Error in " + node.resourceType().dbtName() + " " + node.name() + " (" + node.originalFilePath() + ")\n  "
                    + exception.getMessage();
            return new PlannedNode(node.uniqueId(), node.resourceType().dbtName(), node.name(), node.originalFilePath(), node.relationName(),
                    List.copyOf(blockers), List.of(), null, severity == null ? null : severity.toString(), message);
        }
    }

    /** Level 0 for nodes without blockers, else one more than the deepest blocker (nodes come topologically ordered). */
    static List<List<String>> levels(RunPlan runPlan) {
        Map<String, Integer> level = new HashMap<>();
        List<List<String>> waves = new ArrayList<>();
        for (Node node : runPlan.nodes()) {
            int value = runPlan.blockers().get(node.uniqueId()).stream().mapToInt(blocker -> level.getOrDefault(blocker, -1) + 1).max().orElse(0);
            level.put(node.uniqueId(), value);
            while (waves.size() <= value) {
                waves.add(new ArrayList<>());
            }
            waves.get(value).add(node.uniqueId());
        }
        waves.forEach(wave -> wave.sort(null));
        return waves;
    }

    static List<List<String>> splitWaves(List<List<String>> waves, int budget) {
        List<List<String>> split = new ArrayList<>();
        for (List<String> wave : waves) {
            for (int start = 0; start < wave.size(); start += budget) {
                split.add(List.copyOf(wave.subList(start, Math.min(wave.size(), start + budget))));
            }
        }
        return split;
    }

    static PlannedWave lanes(List<String> wave, int poolSize) {
        List<List<String>> lanes = new ArrayList<>();
        for (int index = 0; index < Math.min(poolSize, wave.size()); index++) {
            lanes.add(new ArrayList<>());
        }
        for (int index = 0; index < wave.size(); index++) {
            lanes.get(index % lanes.size()).add(wave.get(index));
        }
        return new PlannedWave(lanes);
    }

    static List<List<Integer>> chunks(List<List<String>> waves, int budget) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int nodes = 0;
        for (int index = 0; index < waves.size(); index++) {
            if (!current.isEmpty() && nodes + waves.get(index).size() > budget) {
                chunks.add(current);
                current = new ArrayList<>();
                nodes = 0;
            }
            current.add(index);
            nodes += waves.get(index).size();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
