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
import io.gluedbt.compiler.run.NodePlanner;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a selected, parsed project and its {@link Schedule} into plan.json: each node compiled through the live
 * catalog and planned into statements, with its blockers and expected seconds; no waves: a lane claims any node
 * whose blockers finished, in the schedule's order.
 */
public final class PlanBuilder {
    private PlanBuilder() {}

    public static ExecutionPlan build(SessionSettings sessionSettings, ProjectSession session, RunPlan runPlan, Schedule schedule, RunCommand command,
            RunMode mode, CatalogView catalog, Map<String, CompiledNode> compiledOut) {
        Compiler compiler = Compiler.create(session.parsed(), catalog, mode);
        NodePlanner planner = session.planner(mode);
        Map<String, PlannedNode> nodes = new TreeMap<>();
        for (Node node : runPlan.nodes()) {
            nodes.put(node.uniqueId(), plan(node, runPlan.blockers().get(node.uniqueId()), schedule.previous().getOrDefault(node.uniqueId(), 0.0),
                    schedule.paths().getOrDefault(node.uniqueId(), 0.0), compiler, planner, catalog, compiledOut));
        }
        return new ExecutionPlan(sessionSettings.runId(), session.manifest().projectName(), command.name().toLowerCase(java.util.Locale.ROOT),
                sessionSettings, schedule.concurrency(), schedule.poolSize(), schedule.nodesPerStatement(), schemas(runPlan), schedule.order(), schedule.criticalPathSeconds(), nodes);
    }

    /** The schemas the run writes to: every built node's, and a test's only when it stores its failures. */
    public static List<String> schemas(RunPlan runPlan) {
        return runPlan.nodes().stream()
                .filter(node -> node.resourceType() != ResourceType.TEST || Boolean.TRUE.equals(node.config().get("store_failures")))
                .map(Node::schema).filter(java.util.Objects::nonNull).sorted().distinct().toList();
    }

    private static PlannedNode plan(Node node, Set<String> blockers, double estimate, double path, Compiler compiler, NodePlanner planner,
            CatalogView catalog, Map<String, CompiledNode> compiledOut) {
        Object severity = node.resourceType() == ResourceType.TEST ? node.config().getOrDefault("severity", "error") : null;
        try {
            CompiledNode compiled = compiler.compile(node);
            compiledOut.put(node.uniqueId(), compiled);
            NodeStatements statements = planner.plan(node, compiled, catalog);
            return new PlannedNode(node.uniqueId(), node.resourceType().dbtName(), node.name(), node.originalFilePath(), node.relationName(),
                    List.copyOf(blockers), statements.statements(), compiled.compiledCode(), severity == null ? null : severity.toString(), null, estimate, path);
        } catch (GluedbtException exception) {
            String message = "Compilation Error in " + node.resourceType().dbtName() + " " + node.name() + " (" + node.originalFilePath() + ")\n  "
                    + exception.getMessage();
            return new PlannedNode(node.uniqueId(), node.resourceType().dbtName(), node.name(), node.originalFilePath(), node.relationName(),
                    List.copyOf(blockers), List.of(), null, severity == null ? null : severity.toString(), message, estimate, path);
        }
    }
}
