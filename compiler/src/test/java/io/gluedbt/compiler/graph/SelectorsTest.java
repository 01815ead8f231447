package io.gluedbt.compiler.graph;

import static io.gluedbt.compiler.graph.ManifestFixture.model;
import static io.gluedbt.compiler.graph.ManifestFixture.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Manifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** selectors.yml, given as the map SnakeYAML loads. */
class SelectorsTest {
    private static final String SOURCE = "source.dbt_glue_demo.data_source.records";
    private static final String SILVER = model("silver_avg_metrics");
    private static final String GOLD_COST = model("gold_cost_metrics");
    private static final String GOLD_PASSENGERS = model("gold_passengers_metrics");
    private static final String NOT_NULL = test("not_null_silver_avg_metrics_year");

    private final Manifest manifest = ManifestFixture.nycTaxi();
    private final NodeSelector selector = NodeSelector.create(manifest, DependencyGraph.of(manifest));

    private static Map<String, Object> selectors(Map<?, ?>... entries) {
        return Map.of("selectors", List.of(entries));
    }

    private static Map<String, Object> entry(String name, Object definition) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("definition", definition);
        return entry;
    }

    @Test
    void aStringDefinitionIsOneCommandLineWord() {
        Map<String, Object> yaml = selectors(entry("gold_and_up", "+gold_cost_metrics"));

        assertThat(selector.select(SelectionSpec.fromSelector("gold_and_up", yaml)))
                .containsExactly(GOLD_COST, SILVER, SOURCE, NOT_NULL);
    }

    @Test
    void methodValueDictionaryWithGraphKeys() {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("method", "path");
        definition.put("value", "models/silver");
        definition.put("children", true);
        definition.put("children_depth", 1);
        definition.put("parents", true);
        Map<String, Object> yaml = selectors(entry("around_silver", definition));

        assertThat(selector.select(SelectionSpec.fromSelector("around_silver", yaml)))
                .containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE, NOT_NULL);
    }

    @Test
    void singleKeyDictionaryAndChildrensParents() {
        Map<String, Object> yaml = selectors(
                entry("nightly", Map.of("tag", "nightly")),
                entry("at_gold", Map.of("method", "fqn", "value", "gold_cost_metrics", "childrens_parents", true)));

        assertThat(selector.select(SelectionSpec.fromSelector("nightly", yaml))).containsExactly(SILVER, NOT_NULL);
        assertThat(selector.select(SelectionSpec.fromSelector("at_gold", yaml)))
                .containsExactly(GOLD_COST, SILVER, SOURCE, NOT_NULL);
    }

    @Test
    void unionIntersectionAndNestedExclude() {
        Map<String, Object> union = Map.of("union", List.of(
                "path:models/gold",
                Map.of("method", "tag", "value", "nightly"),
                Map.of("exclude", List.of("gold_passengers_metrics", Map.of("method", "resource_type", "value", "test")))));
        Map<String, Object> intersection = Map.of("intersection", List.of(
                Map.of("method", "config.materialized", "value", "table"), "resource_type:model"));
        Map<String, Object> withExclude = Map.of("method", "fqn", "value", "*", "exclude", List.of("silver"));
        Map<String, Object> yaml = selectors(entry("u", union), entry("i", intersection), entry("e", withExclude));

        assertThat(selector.select(SelectionSpec.fromSelector("u", yaml))).containsExactly(GOLD_COST, SILVER);
        assertThat(selector.select(SelectionSpec.fromSelector("i", yaml))).containsExactly(GOLD_COST, SILVER, NOT_NULL);
        assertThat(selector.select(SelectionSpec.fromSelector("e", yaml))).containsExactly(GOLD_COST, GOLD_PASSENGERS);
    }

    @Test
    void aSelectorCanReuseAnEarlierOne() {
        Map<String, Object> yaml = selectors(entry("gold", "path:models/gold"),
                entry("gold_again", Map.of("union", List.of(Map.of("method", "selector", "value", "gold"), "silver"))));

        assertThat(selector.select(SelectionSpec.fromSelector("gold_again", yaml)))
                .containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, NOT_NULL);
    }

    @Test
    void definitionsKeepNameDescriptionAndDefault() {
        Map<String, Object> nightly = entry("nightly", "tag:nightly");
        nightly.put("description", "every night");
        nightly.put("default", true);
        Selectors parsed = Selectors.parse(selectors(entry("gold", "gold"), nightly));

        assertThat(parsed.definitions()).extracting(SelectorDefinition::name).containsExactly("gold", "nightly");
        assertThat(parsed.defaultSelector()).get().extracting(SelectorDefinition::description).isEqualTo("every night");
        assertThat(Selectors.parse(null).definitions()).isEmpty();
        assertThat(Selectors.parse(selectors(entry("gold", "gold"))).defaultSelector()).isEmpty();
    }

    @Test
    void aMissingSelectorSuggestsTheClosestName() {
        Map<String, Object> yaml = selectors(entry("nightly", "tag:nightly"), entry("gold", "gold"));

        assertThatThrownBy(() -> SelectionSpec.fromSelector("nighly", yaml))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("Could not find selector named nighly, expected one of [nightly, gold] (did you mean 'nightly'?)")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.SELECTOR_INVALID);
    }

    @Test
    void twoDefaultsAreRejected() {
        Map<String, Object> first = entry("a", "a");
        first.put("default", true);
        Map<String, Object> second = entry("b", "b");
        second.put("default", true);

        assertThatThrownBy(() -> Selectors.parse(selectors(first, second)))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("selectors.yml: Error when parsing the selector file. Found multiple selectors with "
                        + "`default: true`:a and b");
    }

    @Test
    void malformedDefinitionsAreRejected() {
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("l", List.of("a")))))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("selectors.yml: Could not parse selector file data: [a] Valid root-level selector "
                        + "definitions: union, intersection, string, dictionary. No lists.");
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("r", Map.of("union", List.of("a"), "other", 1)))))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("selectors.yml: Only a single 'union' or 'intersection' key is allowed");
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("m", Map.of("method", "tag", "x", 1)))))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("selectors.yml: Expected either 1 key or else \"method\" and \"value\" keys");
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("u", Map.of("union", "a")))))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("selectors.yml: Invalid value for key \"union\". Expected a list.");
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("s", Map.of("method", "selector", "value", "later")))))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("selectors.yml: Existing selector definition for later not found.");
        assertThatThrownBy(() -> Selectors.parse(Map.of("selectors", "nope")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("selectors.yml: Could not parse selector file data: expected a 'selectors:' list");
        assertThatThrownBy(() -> Selectors.parse(selectors(entry("x", Map.of("colour", "red")))))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("The 'colour' selector specified in {colour=red} is invalid.");
    }
}
