package io.gluedbt.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.model.Manifest;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 2,000-model chain with three tests per model: correctness at the size the compile budget is set for. */
class LargeGraphTest {
    private static final int MODELS = 2_000;
    private static Manifest manifest;
    private static DependencyGraph graph;
    private static NodeSelector selector;

    @BeforeAll
    static void build() {
        ManifestFixture fixture = ManifestFixture.project("big");
        for (int index = 0; index < MODELS; index++) {
            String folder = index % 2 == 0 ? "even" : "odd";
            String[] parents = index == 0 ? new String[0] : new String[] {id(index - 1)};
            fixture.model(folder + "/" + name(index), Map.of("materialized", "table"), parents);
            for (String macro : List.of("unique", "not_null", "accepted_values")) {
                fixture.genericTest(macro + "_" + name(index) + "_id", macro, "models/" + folder + "/schema.yml", id(index));
            }
        }
        manifest = fixture.build();
        graph = DependencyGraph.of(manifest);
        selector = NodeSelector.create(manifest, graph);
    }

    private static String name(int index) {
        return String.format("m%04d", index);
    }

    private static String id(int index) {
        return "model.big." + name(index);
    }

    private static SortedSet<String> select(List<String> select, List<String> exclude) {
        return selector.select(SelectionSpec.parse(select, exclude));
    }

    @Test
    void graphHoldsEveryModelAndTest() {
        assertThat(graph.size()).isEqualTo(MODELS * 4);
        List<String> order = graph.topologicalOrder();
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int index = 0; index < order.size(); index++) {
            position.put(order.get(index), index);
        }
        assertThat(order).hasSize(MODELS * 4).doesNotHaveDuplicates();
        for (String id : order) {
            for (String parent : graph.parents(id)) {
                assertThat(position.get(parent)).as("%s before %s", parent, id).isLessThan(position.get(id));
            }
        }
        assertThat(graph.ancestors(id(MODELS - 1))).hasSize(MODELS - 1);
    }

    @Test
    void selectingTheLastModelsAncestorsTakesEveryModelAndTest() {
        assertThat(select(List.of("+" + name(MODELS - 1)), List.of())).hasSize(MODELS * 4);
        assertThat(select(List.of("3+" + name(MODELS - 1)), List.of())).hasSize(4 * 4);
    }

    @Test
    void everythingRunsInOneWavePerModelPlusOneForTheLastTests() {
        List<List<String>> waves = graph.waves(select(List.of(), List.of()));

        assertThat(waves).hasSize(MODELS + 1);
        assertThat(waves.get(0)).containsExactly(id(0));
        assertThat(waves.get(1)).containsExactly(id(1), "test.big.accepted_values_m0000_id", "test.big.not_null_m0000_id",
                "test.big.unique_m0000_id");
        assertThat(waves.get(MODELS)).hasSize(3);
    }

    @Test
    void folderSelectionWithExclusionAndIntersection() {
        assertThat(select(List.of("even"), List.of("test_name:unique"))).hasSize(MODELS / 2 * 3);
        assertThat(select(List.of("odd,resource_type:model"), List.of())).hasSize(MODELS / 2 + MODELS / 2 * 3);
        assertThat(select(List.of("tag:none"), List.of())).isEmpty();
    }
}
