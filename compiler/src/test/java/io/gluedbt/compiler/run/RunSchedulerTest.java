package io.gluedbt.compiler.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.graph.DependencyGraph;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunSchedulerTest {
    private static Node node(String name, ResourceType type, String... parents) {
        String id = type.dbtName() + ".demo." + name;
        return Node.builder(id, type).packageName("demo").name(name).path(name + ".sql").originalFilePath("models/" + name + ".sql")
                .fqn(List.of("demo", name)).config(Map.of("materialized", type == ResourceType.TEST ? "test" : "table"))
                .dependsOnNodes(List.of(parents)).build();
    }

    /** a -> b -> d, a -> c -> d, e alone; t tests a. */
    private static Manifest manifest() {
        TreeMap<String, Node> nodes = new TreeMap<>();
        for (Node node : List.of(node("a", ResourceType.MODEL), node("b", ResourceType.MODEL, "model.demo.a"),
                node("c", ResourceType.MODEL, "model.demo.a"), node("d", ResourceType.MODEL, "model.demo.b", "model.demo.c"),
                node("e", ResourceType.MODEL), node("t", ResourceType.TEST, "model.demo.a"))) {
            nodes.put(node.uniqueId(), node);
        }
        return new Manifest("demo", "glue", nodes, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Map.of());
    }

    private static Map<String, RunStatus> run(RunCommand command, FailurePolicy policy, Set<String> failing, List<String> started) {
        Manifest manifest = manifest();
        RunPlan plan = RunPlan.of(manifest, DependencyGraph.of(manifest), manifest.nodes().keySet(), command);
        NodeExecutor executor = (node, thread) -> {
            started.add(node.name());
            RunStatus status = failing.contains(node.name())
                    ? (node.resourceType() == ResourceType.TEST ? RunStatus.FAIL : RunStatus.ERROR)
                    : (node.resourceType() == ResourceType.TEST ? RunStatus.PASS : RunStatus.SUCCESS);
            return new NodeRunResult(node.uniqueId(), status, status.dbtName(), null, 0, thread, null, null, null, null, null, null, Map.of());
        };
        return RunScheduler.run(plan.nodes(), plan.blockers(), 2, policy, executor, RunListener.silent()).stream()
                .collect(Collectors.toMap(result -> result.uniqueId().substring(result.uniqueId().lastIndexOf('.') + 1), NodeRunResult::status));
    }

    @Test
    void aFailedModelSkipsExactlyItsDescendants() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        Map<String, RunStatus> statuses = run(RunCommand.RUN, FailurePolicy.CONTINUE, Set.of("b"), started);
        assertThat(statuses).containsOnly(Map.entry("a", RunStatus.SUCCESS), Map.entry("b", RunStatus.ERROR), Map.entry("c", RunStatus.SUCCESS),
                Map.entry("d", RunStatus.SKIPPED), Map.entry("e", RunStatus.SUCCESS));
        assertThat(started).doesNotContain("d", "t");
    }

    @Test
    void parentsFinishBeforeChildrenStart() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        run(RunCommand.RUN, FailurePolicy.CONTINUE, Set.of(), started);
        assertThat(started.indexOf("a")).isLessThan(started.indexOf("b")).isLessThan(started.indexOf("d"));
        assertThat(started.indexOf("c")).isLessThan(started.indexOf("d"));
    }

    @Test
    void inBuildAFailingTestSkipsTheTestedModelsChildren() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        Map<String, RunStatus> statuses = run(RunCommand.BUILD, FailurePolicy.CONTINUE, Set.of("t"), started);
        assertThat(statuses).containsEntry("a", RunStatus.SUCCESS).containsEntry("t", RunStatus.FAIL).containsEntry("b", RunStatus.SKIPPED)
                .containsEntry("c", RunStatus.SKIPPED).containsEntry("d", RunStatus.SKIPPED).containsEntry("e", RunStatus.SUCCESS);
    }

    @Test
    void failFastStartsNothingAfterTheFirstFailure() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        Map<String, RunStatus> statuses = run(RunCommand.RUN, FailurePolicy.FAIL_FAST, Set.of("a"), started);
        assertThat(statuses.get("a")).isEqualTo(RunStatus.ERROR);
        assertThat(statuses).containsEntry("b", RunStatus.SKIPPED).containsEntry("c", RunStatus.SKIPPED).containsEntry("d", RunStatus.SKIPPED);
        assertThat(statuses).hasSize(5);
    }

    @Test
    void exitCodeIsOneWhenANodeFailed() {
        RunResults results = new RunResults("id", java.time.Instant.EPOCH, 1.0,
                List.of(NodeRunResult.skipped("model.demo.x", "skip", null)), Map.of());
        assertThat(results.exitCode()).isZero();
        RunResults failed = new RunResults("id", java.time.Instant.EPOCH, 1.0,
                List.of(new NodeRunResult("model.demo.y", RunStatus.ERROR, "boom", null, 0, "Thread-1", null, null, null, null, null, null, Map.of())), Map.of());
        assertThat(failed.exitCode()).isEqualTo(1);
    }
}
