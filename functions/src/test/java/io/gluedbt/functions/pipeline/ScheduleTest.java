package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.run.RunPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    /** a → b → d, a → c → d, and e alone; in topological order. */
    private static RunPlan diamondAndOne() {
        Map<String, Set<String>> blockers = new LinkedHashMap<>();
        blockers.put("a", Set.of());
        blockers.put("e", Set.of());
        blockers.put("b", Set.of("a"));
        blockers.put("c", Set.of("a"));
        blockers.put("d", Set.of("b", "c"));
        List<Node> nodes = blockers.keySet().stream().map(id -> Node.builder(id, ResourceType.MODEL).packageName("p").name(id).path(id + ".sql")
                .originalFilePath("models/" + id + ".sql").fqn(List.of(id)).build()).toList();
        return new RunPlan(nodes, blockers);
    }

    @Test
    void withoutTimingsTheLongestChainOfNodesComesFirst() {
        Schedule schedule = Schedule.of(diamondAndOne(), Map.of(), 8, 3);

        assertThat(schedule.order()).containsExactly("a", "b", "c", "d", "e");
        assertThat(schedule.criticalPathSeconds()).isEqualTo(3);
        assertThat(schedule.previous()).isEmpty();
        assertThat(schedule.poolSize()).as("ceil(1.25 x 5 / 3) = 3, but no dependency level is wider than 2").isEqualTo(2);
    }

    @Test
    void previousTimingsOrderByCriticalPathAndUnknownNodesTakeTheirMedian() {
        Schedule schedule = Schedule.of(diamondAndOne(), Map.of("a", 10.0, "b", 100.0, "c", 20.0, "d", 10.0, "old", 999.0), 8, 3);

        assertThat(schedule.estimates()).containsEntry("e", 15.0);
        assertThat(schedule.previous()).doesNotContainKeys("e", "old");
        assertThat(schedule.order()).containsExactly("a", "b", "c", "e", "d");
        assertThat(schedule.criticalPathSeconds()).isEqualTo(120);
        assertThat(schedule.totalSeconds()).isEqualTo(155);
        assertThat(schedule.poolSize()).as("ceil(1.25 x 155 / 120) = 2").isEqualTo(2);
        assertThat(schedule.nodesPerStatement()).as("e has no timing: no packing").isEqualTo(1);
    }

    @Test
    void withEveryTimingKnownLanesPackSoFewerSessionsRunAsManyNodesAtOnce() {
        Map<String, Double> timings = Map.of("a", 10.0, "b", 100.0, "c", 20.0, "d", 10.0, "e", 15.0);

        Schedule packed = Schedule.of(diamondAndOne(), timings, 8, 3);
        Schedule alone = Schedule.of(diamondAndOne(), timings, 8, 1);

        assertThat(alone.poolSize()).as("ceil(1.25 x 155 / 120) = 2 nodes at once").isEqualTo(2);
        assertThat(alone.nodesPerStatement()).isEqualTo(1);
        assertThat(packed.poolSize()).as("2 nodes at once, about (3 + 1) / 2 per statement: one session").isEqualTo(1);
        assertThat(packed.nodesPerStatement()).isEqualTo(3);
        assertThat(packed.paths()).containsEntry("a", 120.0).containsEntry("b", 110.0).containsEntry("c", 30.0).containsEntry("e", 15.0);
    }

    @Test
    void thePoolNeverOutgrowsTheThreadsAndAnEmptyRunNeedsNoSession() {
        assertThat(Schedule.of(diamondAndOne(), Map.of(), 1, 3).poolSize()).isEqualTo(1);
        assertThat(Schedule.of(new RunPlan(List.of(), Map.of()), Map.of(), 8, 3).poolSize()).isZero();
    }

    @Test
    void pollsStartNearThePreviousDurationThenFollowATenthOfTheElapsedTime() {
        PipelineSettings settings = new PipelineSettings(ArchiveLimits.defaults(), 4, 2_000, 1, 30, 1);

        assertThat(settings.firstWait(0)).isEqualTo(1);
        assertThat(settings.firstWait(40)).isEqualTo(38);
        assertThat(settings.nextWait(30, 40)).as("still before 95 % of the previous duration").isEqualTo(8);
        assertThat(settings.nextWait(38, 40)).as("around the previous duration: every second").isEqualTo(1);
        assertThat(settings.nextWait(47, 40)).isEqualTo(1);
        assertThat(settings.nextWait(60, 40)).as("well past it").isEqualTo(6);
        assertThat(settings.nextWait(3, 0)).isEqualTo(1);
        assertThat(settings.nextWait(120, 0)).isEqualTo(12);
        assertThat(settings.nextWait(900, 0)).isEqualTo(30);
    }

    @Test
    void idleLanesBackOffUpToTenSeconds() {
        PipelineSettings settings = PipelineSettings.defaults();

        assertThat(List.of(settings.nextIdleWait(0), settings.nextIdleWait(1), settings.nextIdleWait(2), settings.nextIdleWait(3),
                settings.nextIdleWait(5), settings.nextIdleWait(8), settings.nextIdleWait(10))).containsExactly(1, 2, 3, 5, 8, 10, 10);
    }
}
