package io.gluedbt.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Manifest;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** a -> b; not_null_a tests a; relationships_b_a tests b against a. */
class IndirectSelectionTest {
    private static final Map<String, Object> TABLE = Map.of("materialized", "table");
    private static final String A = "model.p.a";
    private static final String B = "model.p.b";
    private static final String NOT_NULL_A = "test.p.not_null_a";
    private static final String RELATIONSHIP = "test.p.relationships_b_a";

    private final Manifest manifest = ManifestFixture.project("p")
            .model("a", TABLE).model("b", TABLE, A)
            .genericTest("not_null_a", "not_null", "models/schema.yml", A)
            .genericTest("relationships_b_a", "relationships", "models/schema.yml", B, A)
            .build();
    private final NodeSelector eager = NodeSelector.create(manifest, DependencyGraph.of(manifest));

    private static SortedSet<String> select(NodeSelector selector, String... select) {
        return selector.select(SelectionSpec.parse(List.of(select), List.of()));
    }

    @Test
    void eagerIsTheDefaultAndTakesATestWhenAnyParentIsSelected() {
        assertThat(eager.indirectSelection().modeName()).isEqualTo("eager");
        assertThat(select(eager, "a")).containsExactly(A, NOT_NULL_A, RELATIONSHIP);
        assertThat(select(eager, "b")).containsExactly(B, RELATIONSHIP);
    }

    @Test
    void cautiousTakesATestOnlyWhenAllParentsAreSelected() {
        NodeSelector cautious = eager.withIndirectSelection(IndirectSelection.cautious());

        assertThat(select(cautious, "a")).containsExactly(A, NOT_NULL_A);
        assertThat(select(cautious, "b")).containsExactly(B);
        assertThat(select(cautious, "a", "b")).containsExactly(A, B, NOT_NULL_A, RELATIONSHIP);
        assertThat(select(cautious, "a b")).containsExactly(A, B, NOT_NULL_A, RELATIONSHIP);
    }

    @Test
    void buildableAlsoAcceptsParentsUpstreamOfTheSelection() {
        NodeSelector buildable = eager.withIndirectSelection(IndirectSelection.buildable());

        assertThat(select(buildable, "b")).containsExactly(B, RELATIONSHIP);
        assertThat(select(buildable, "a")).containsExactly(A, NOT_NULL_A);
    }

    @Test
    void emptyAddsNoTests() {
        NodeSelector empty = eager.withIndirectSelection(IndirectSelection.empty());

        assertThat(select(empty, "a", "b")).containsExactly(A, B);
        assertThat(select(empty, "test_type:generic")).containsExactly(NOT_NULL_A, RELATIONSHIP);
    }

    @Test
    void excludingAModelAlsoExcludesTheTestsItEagerlyBringsIn() {
        assertThat(eager.select(SelectionSpec.parse(List.of("a"), List.of("b")))).containsExactly(A, NOT_NULL_A);
    }

    @Test
    void aSelectorCriterionCanAskForItsOwnMode() {
        Map<String, Object> yaml = Map.of("selectors", List.of(Map.of("name", "only_a", "definition",
                Map.of("method", "fqn", "value", "a", "indirect_selection", "cautious"))));

        assertThat(eager.select(SelectionSpec.fromSelector("only_a", yaml))).containsExactly(A, NOT_NULL_A);
    }

    @Test
    void modesAreNamedAsInDbt() {
        assertThat(IndirectSelection.named("buildable")).isSameAs(IndirectSelection.buildable());
        assertThat(IndirectSelection.named("empty").modeName()).isEqualTo("empty");
        assertThatThrownBy(() -> IndirectSelection.named("lazy"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("Invalid indirect_selection 'lazy': expected one of [eager, cautious, buildable, empty]");
    }
}
