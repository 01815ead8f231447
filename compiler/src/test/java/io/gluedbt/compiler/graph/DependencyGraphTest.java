package io.gluedbt.compiler.graph;

import static io.gluedbt.compiler.graph.ManifestFixture.model;
import static io.gluedbt.compiler.graph.ManifestFixture.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    private static final String SOURCE = "source.dbt_glue_demo.data_source.records";
    private static final Map<String, Object> TABLE = Map.of("materialized", "table");
    private static final Map<String, Object> EPHEMERAL = Map.of("materialized", "ephemeral");

    private final Manifest nycTaxi = ManifestFixture.nycTaxi();
    private final DependencyGraph graph = DependencyGraph.of(nycTaxi);

    @Test
    void everyNodeSourceAndExposureIsAKeyOfTheParentAndChildMaps() {
        DependencyGraph withExposure = DependencyGraph.of(ManifestFixture.project()
                .model("a", TABLE).exposure("dashboard", model("a")).build());

        assertThat(withExposure.parentMap()).containsExactly(
                Map.entry("exposure.dbt_glue_demo.dashboard", List.of(model("a"))),
                Map.entry(model("a"), List.of()));
        assertThat(withExposure.childMap()).containsExactly(
                Map.entry("exposure.dbt_glue_demo.dashboard", List.of()),
                Map.entry(model("a"), List.of("exposure.dbt_glue_demo.dashboard")));
    }

    @Test
    void nycTaxiMapsHaveSortedValuesAndTestsHangBelowWhatTheyTest() {
        assertThat(graph.childMap().get(model("silver_avg_metrics"))).containsExactly(
                model("gold_cost_metrics"), model("gold_passengers_metrics"), test("not_null_silver_avg_metrics_year"));
        assertThat(graph.parentMap().get(test("not_null_silver_avg_metrics_year"))).containsExactly(model("silver_avg_metrics"));
        assertThat(graph.parentMap().get(SOURCE)).isEmpty();
        assertThat(graph.parentMap().keySet()).containsExactlyElementsOf(graph.ids());
        assertThat(graph.ids()).hasSize(5).isSorted();
    }

    @Test
    void ancestorsAndDescendantsHonourDepth() {
        assertThat(graph.ancestors(model("gold_cost_metrics"))).containsExactly(model("silver_avg_metrics"), SOURCE);
        assertThat(graph.ancestors(List.of(model("gold_cost_metrics")), 1)).containsExactly(model("silver_avg_metrics"));
        assertThat(graph.descendants(SOURCE)).containsExactly(model("gold_cost_metrics"),
                model("gold_passengers_metrics"), model("silver_avg_metrics"), test("not_null_silver_avg_metrics_year"));
        assertThat(graph.descendants(List.of(SOURCE), 1)).containsExactly(model("silver_avg_metrics"));
        assertThat(graph.descendants(List.of(SOURCE), 0)).isEmpty();
    }

    @Test
    void topologicalOrderPutsParentsFirstAndBreaksTiesById() {
        assertThat(graph.topologicalOrder()).containsExactly(SOURCE, model("silver_avg_metrics"),
                model("gold_cost_metrics"), model("gold_passengers_metrics"), test("not_null_silver_avg_metrics_year"));
    }

    @Test
    void aCycleIsReportedLikeDbtWithTheFirstNodesFile() {
        Manifest cyclic = ManifestFixture.project("p")
                .model("a", TABLE, "model.p.c").model("b", TABLE, "model.p.a").model("c", TABLE, "model.p.b")
                .model("d", TABLE).build();

        assertThatThrownBy(() -> DependencyGraph.of(cyclic))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/a.sql: Found a cycle: model.p.a --> model.p.b --> model.p.c")
                .satisfies(error -> {
                    assertThat(((GluedbtException) error).code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE);
                    assertThat(((GluedbtException) error).position()).contains(SourcePosition.fileOnly("models/a.sql"));
                });
    }

    @Test
    void aTwoNodeCycleNamesBothNodes() {
        Manifest cyclic = ManifestFixture.project("p").model("a", TABLE, "model.p.b").model("b", TABLE, "model.p.a").build();

        assertThatThrownBy(() -> DependencyGraph.of(cyclic))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/a.sql: Found a cycle: model.p.a --> model.p.b");
    }

    @Test
    void aDependencyOutsideTheManifestIsACompilerError() {
        Manifest broken = ManifestFixture.project("p").model("gold/a", TABLE, "model.p.missing").build();

        assertThatThrownBy(() -> DependencyGraph.of(broken))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/gold/a.sql: 'model.p.a' depends on 'model.p.missing' which is not in the graph!")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.COMPILER_ERROR);
    }

    @Test
    void wavesOfADiamond() {
        Manifest diamond = ManifestFixture.project("p")
                .model("a", TABLE).model("b", TABLE, "model.p.a").model("c", TABLE, "model.p.a")
                .model("d", TABLE, "model.p.b", "model.p.c").build();
        DependencyGraph diamondGraph = DependencyGraph.of(diamond);

        assertThat(diamondGraph.waves(diamond.nodes().keySet())).containsExactly(
                List.of("model.p.a"), List.of("model.p.b", "model.p.c"), List.of("model.p.d"));
        assertThat(diamondGraph.levels(diamond.nodes().keySet())).containsExactly(
                Map.entry("model.p.a", 1), Map.entry("model.p.b", 2), Map.entry("model.p.c", 2), Map.entry("model.p.d", 3));
    }

    @Test
    void wavesKeepOrderThroughUnselectedNodes() {
        Manifest chain = ManifestFixture.project("p")
                .model("a", TABLE).model("b", TABLE, "model.p.a").model("c", TABLE, "model.p.b").model("x", TABLE).build();

        assertThat(DependencyGraph.of(chain).waves(Set.of("model.p.a", "model.p.c", "model.p.x")))
                .containsExactly(List.of("model.p.a", "model.p.x"), List.of("model.p.c"));
    }

    @Test
    void ephemeralModelsSourcesAndExposuresAreNotExecutedButStillOrderTheirChildren() {
        Manifest manifest = ManifestFixture.project("p")
                .source("raw", "events", "models/sources.yml")
                .model("a", TABLE, "source.p.raw.events").model("eph", EPHEMERAL, "model.p.a")
                .model("b", TABLE, "model.p.eph").exposure("dash", "model.p.b").build();
        DependencyGraph ephemeralGraph = DependencyGraph.of(manifest);

        assertThat(ephemeralGraph.waves(ephemeralGraph.ids()))
                .containsExactly(List.of("model.p.a"), List.of("model.p.b"));
        assertThat(ephemeralGraph.levels(ephemeralGraph.ids())).doesNotContainKeys("model.p.eph", "source.p.raw.events",
                "exposure.p.dash");
    }

    @Test
    void testsRunInTheWaveAfterTheirModel() {
        assertThat(graph.waves(graph.ids())).containsExactly(
                List.of(model("silver_avg_metrics")),
                List.of(model("gold_cost_metrics"), model("gold_passengers_metrics"), test("not_null_silver_avg_metrics_year")));
    }

    @Test
    void anEmptySelectionHasNoWaves() {
        assertThat(graph.waves(Set.of())).isEmpty();
    }

    @Test
    void anUnknownIdIsAnInternalError() {
        assertThatThrownBy(() -> graph.parents("model.p.nope"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("'model.p.nope' is not in the dependency graph");
    }
}
