package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pipeline bench's deterministic pieces: project generation, critical path, session billing. */
class PipelineBenchPiecesTest {
    @Test
    void theGeneratorIsSeededAndShapedLikeARealProject() {
        BenchProject project = BenchProject.generate(200, 8, 20);

        assertThat(BenchProject.generate(200, 8, 20)).isEqualTo(project);
        assertThat(BenchProject.generate(200, 9, 20)).isNotEqualTo(project);
        assertThat(project.models()).hasSize(200);
        Map<String, Long> layers = new TreeMap<>();
        project.models().forEach(model -> layers.merge(model.layer(), 1L, Long::sum));
        assertThat(layers).containsExactlyEntriesOf(new TreeMap<>(Map.of("staging", 60L, "intermediate_1", 50L, "intermediate_2", 30L,
                "intermediate_3", 20L, "marts", 40L)));
        List<String> seen = new java.util.ArrayList<>();
        for (BenchModel model : project.models()) {
            assertThat(seen).as("parents of " + model.name() + " come first").containsAll(model.parents());
            seen.add(model.name());
            if (model.layer().equals("marts")) {
                assertThat(model.parents()).hasSizeBetween(2, 6).doesNotHaveDuplicates();
                assertThat(model.parents().get(0)).startsWith("int3_");
            }
            assertThat(model.seconds()).isBetween(3.0, 600.0);
        }
        Map<String, Long> fanOut = new TreeMap<>();
        project.models().forEach(model -> model.parents().forEach(parent -> fanOut.merge(parent, 1L, Long::sum)));
        assertThat(fanOut.values().stream().mapToLong(Long::longValue).max().orElseThrow()).as("a hub").isGreaterThanOrEqualTo(15);
        double[] sorted = project.models().stream().mapToDouble(BenchModel::seconds).sorted().toArray();
        assertThat(sorted[sorted.length / 2]).as("median").isBetween(14.0, 28.0);
        assertThat(BenchProject.generate(10, 8, 3).models()).as("a mart of a tiny project refs every intermediate model at most").hasSize(10);
    }

    @Test
    void aModelCarriesItsScaledDurationForTheEndpointAndReadsEveryParent() {
        BenchModel model = new BenchModel("mart_0001", "marts", List.of("int3_0001", "int1_0002"), 30);

        assertThat(model.sql(20)).isEqualTo("select n as id /* gluedbt-bench sleep_ms=1500 */\n"
                + "from (select count(*) as n from (select id from {{ ref('int3_0001') }} union all select id from {{ ref('int1_0002') }}))\n");
    }

    @Test
    void theCriticalPathIsTheLongestChainByDuration() {
        Map<String, Double> durations = new LinkedHashMap<>();
        durations.put("a", 10.0);
        durations.put("b", 50.0);
        durations.put("c", 5.0);
        durations.put("d", 20.0);
        durations.put("e", 1.0);
        Map<String, List<String>> parents = Map.of("c", List.of("a", "b"), "d", List.of("a"), "e", List.of("c", "d"));

        CriticalPath path = CriticalPath.of(durations, parents);

        assertThat(path.seconds()).isEqualTo(56.0);
        assertThat(path.chain()).containsExactly("b", "c", "e");
        assertThatThrownBy(() -> CriticalPath.of(Map.of("x", 1.0, "y", 1.0), Map.of("x", List.of("y"), "y", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cycle through ");
    }

    @Test
    void theRealizedChainWalksBackThroughTheBlockerThatEndedLast() throws Exception {
        BenchProject project = new BenchProject("p", 1, List.of(new BenchModel("a", "staging", List.of(), 10), new BenchModel("b", "staging", List.of(), 5),
                new BenchModel("c", "marts", List.of("a", "b"), 20)));
        String results = "{\"results\": [" + result("a", "00:00:01", "00:00:12") + "," + result("b", "00:00:00", "00:00:05") + ","
                + result("c", "00:00:14", "00:00:35") + "]}";

        RealizedChain chain = RealizedChain.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(results), project);

        assertThat(chain.hops()).isEqualTo(2);
        assertThat(chain.seconds()).isEqualTo(35);
        assertThat(chain.injectedSeconds()).isEqualTo(30);
        assertThat(chain.claimGapSeconds()).as("a starts 1 s after the run's first statement, c 2 s after a ends").isEqualTo(3);
        assertThat(chain.overheadSeconds()).as("a ran 11 s for 10, c 21 s for 20").isEqualTo(2);
    }

    private static String result(String name, String start, String end) {
        return "{\"unique_id\": \"model.p." + name + "\", \"timing\": [{\"name\": \"compile\"}, {\"name\": \"execute\", \"started_at\": \"2026-11-30T"
                + start + ".000000Z\", \"completed_at\": \"2026-11-30T" + end + ".000000Z\"}]}";
    }

    @Test
    void sessionsAreBilledAtLeastAMinuteAndUntilTheirIdleTimeoutWhenNeverStopped() {
        SessionBilling billing = new SessionBilling(20);
        BilledSession brief = new BilledSession("brief", 1_000, OptionalLong.of(2_000), 1_500, 10, 2);
        BilledSession stopped = new BilledSession("stopped", 1_000, OptionalLong.of(11_000), 10_000, 10, 2);
        BilledSession idle = new BilledSession("idle", 1_000, OptionalLong.empty(), 6_000, 10, 2);

        assertThat(billing.billedSeconds(brief)).as("20 s simulated, billed the minimum").isEqualTo(60.0);
        assertThat(billing.billedSeconds(stopped)).isEqualTo(200.0);
        assertThat(billing.billedSeconds(idle)).as("100 s of work, then 10 idle minutes").isEqualTo(700.0);
        assertThat(billing.dpuSeconds(List.of(brief, stopped, idle))).isEqualTo(2 * (60.0 + 200.0 + 700.0));
        assertThat(billing.dpuSecondsIfStoppedAt(List.of(brief, stopped, idle), 7_000))
                .as("only the idle one changes: stopped at 7 s real = 120 s simulated").isCloseTo(2 * (60.0 + 200.0 + 120.0), within(1e-9));
        assertThatThrownBy(() -> new BilledSession("late", 5_000, OptionalLong.of(4_000), 5_000, 10, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("session late ends before it was created");
    }
}
