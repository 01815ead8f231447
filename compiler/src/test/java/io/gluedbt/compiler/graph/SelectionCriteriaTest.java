package io.gluedbt.compiler.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelectionCriteriaTest {

    @Test
    void aBareWordIsAnFqnWithoutOperators() {
        SelectionCriteria criteria = SelectionCriteria.parse("silver");

        assertThat(criteria.method()).isEqualTo(MethodName.FQN);
        assertThat(criteria.value()).isEqualTo("silver");
        assertThat(criteria.parents()).isEqualTo(Depth.NONE);
        assertThat(criteria.children()).isEqualTo(Depth.NONE);
        assertThat(criteria.childrensParents()).isFalse();
        assertThat(criteria.indirectSelection()).isEmpty();
    }

    @Test
    void graphOperatorsAndDepths() {
        SelectionCriteria both = SelectionCriteria.parse("2+tag:nightly+3");
        assertThat(both.method()).isEqualTo(MethodName.TAG);
        assertThat(both.value()).isEqualTo("nightly");
        assertThat(both.parents()).isEqualTo(Depth.of(2));
        assertThat(both.children()).isEqualTo(Depth.of(3));

        SelectionCriteria unlimited = SelectionCriteria.parse("+x+");
        assertThat(unlimited.parents()).isEqualTo(Depth.UNLIMITED);
        assertThat(unlimited.children()).isEqualTo(Depth.UNLIMITED);

        assertThat(SelectionCriteria.parse("@x").childrensParents()).isTrue();
        assertThat(SelectionCriteria.parse("a+b").value()).isEqualTo("a+b");
    }

    @Test
    void methodArgumentsFollowDots() {
        SelectionCriteria criteria = SelectionCriteria.parse("config.meta.owner:ana");

        assertThat(criteria.method()).isEqualTo(MethodName.CONFIG);
        assertThat(criteria.arguments()).containsExactly("meta", "owner");
        assertThat(criteria.methodText()).isEqualTo("config.meta.owner");
    }

    @Test
    void defaultMethodIsPathForSlashesFileForExtensionsElseFqn() {
        assertThat(SelectionCriteria.parse("models/gold").method()).isEqualTo(MethodName.PATH);
        assertThat(SelectionCriteria.parse("x.SQL").method()).isEqualTo(MethodName.FILE);
        assertThat(SelectionCriteria.parse("seed.csv").method()).isEqualTo(MethodName.FILE);
        assertThat(SelectionCriteria.parse("gold.x").method()).isEqualTo(MethodName.FQN);
    }

    @Test
    void atAndChildrenSuffixAreIncompatible() {
        assertThatThrownBy(() -> SelectionCriteria.parse("@x+"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("Invalid node spec @x+ - \"@\" prefix and \"+\" suffix are incompatible")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.SELECTOR_INVALID);
    }

    @Test
    void parseSplitsSpacesIntoUnionsAndCommasIntoIntersections() {
        SelectionSpec spec = SelectionSpec.parse(List.of("a b,c"), List.of("d"));

        assertThat(spec).isInstanceOf(SelectionDifference.class);
        SelectionDifference difference = (SelectionDifference) spec;
        SelectionUnion include = (SelectionUnion) difference.include();
        assertThat(include.components()).hasSize(2);
        SelectionIntersection second = (SelectionIntersection) include.components().get(1);
        assertThat(second.components()).extracting(part -> ((SelectionCriteria) part).value()).containsExactly("b", "c");
        assertThat(second.expectedToMatch()).contains("b,c");
        assertThat(((SelectionUnion) difference.exclude()).components()).hasSize(1);
        assertThat(difference.indirectSelection()).isEqualTo(Optional.of(IndirectSelection.eager()));
    }

    @Test
    void anEmptySelectUsesDbtsDefaultIncludesWithoutWarnings() {
        SelectionDifference spec = (SelectionDifference) SelectionSpec.parse(List.of(), List.of());

        assertThat(((SelectionUnion) spec.include()).components())
                .extracting(part -> ((SelectionIntersection) part).expectedToMatch())
                .containsOnly(Optional.empty())
                .hasSize(SelectionSpec.DEFAULT_INCLUDES.size());
    }
}
