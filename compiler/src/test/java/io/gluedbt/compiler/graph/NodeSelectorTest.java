package io.gluedbt.compiler.graph;

import static io.gluedbt.compiler.graph.ManifestFixture.model;
import static io.gluedbt.compiler.graph.ManifestFixture.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Manifest;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** dbt's answers for the blog's NYC taxi project (one not_null test on silver_avg_metrics added). */
class NodeSelectorTest {
    private static final String SOURCE = "source.dbt_glue_demo.data_source.records";
    private static final String SILVER = model("silver_avg_metrics");
    private static final String GOLD_COST = model("gold_cost_metrics");
    private static final String GOLD_PASSENGERS = model("gold_passengers_metrics");
    private static final String NOT_NULL = test("not_null_silver_avg_metrics_year");

    private final Manifest manifest = ManifestFixture.nycTaxi();
    private final NodeSelector selector = NodeSelector.create(manifest, DependencyGraph.of(manifest));

    private SortedSet<String> select(String... select) {
        return selector.select(SelectionSpec.parse(List.of(select), List.of()));
    }

    private SortedSet<String> selectExcluding(List<String> select, List<String> exclude) {
        return selector.select(SelectionSpec.parse(select, exclude));
    }

    @Test
    void aFolderNameSelectsTheModelsInThatFolderAndTheirTests() {
        // the model's fqn is [dbt_glue_demo, silver, silver_avg_metrics]; the test's is [dbt_glue_demo, silver, not_null_...]
        assertThat(select("silver")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("gold")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
    }

    @Test
    void aModelNameSelectsTheModelAndEagerlyItsTests() {
        assertThat(select("silver_avg_metrics")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("gold_cost_metrics")).containsExactly(GOLD_COST);
    }

    @Test
    void qualifiedNamesMatchWithOrWithoutThePackage() {
        assertThat(select("dbt_glue_demo.gold.gold_cost_metrics")).containsExactly(GOLD_COST);
        assertThat(select("gold.gold_cost_metrics")).containsExactly(GOLD_COST);
        assertThat(select("gold.*_cost_*")).containsExactly(GOLD_COST);
        assertThat(select("fqn:dbt_glue_demo.gold")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("old")).isEmpty();
    }

    @Test
    void parentsOperatorIncludesTheSource() {
        assertThat(select("+gold_cost_metrics")).containsExactly(GOLD_COST, SILVER, SOURCE, NOT_NULL);
        assertThat(select("1+gold_cost_metrics")).containsExactly(GOLD_COST, SILVER, NOT_NULL);
    }

    @Test
    void childrenOperatorWithAndWithoutDepth() {
        assertThat(select("source:data_source+")).containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE, NOT_NULL);
        assertThat(select("source:data_source+1")).containsExactly(SILVER, SOURCE, NOT_NULL);
        assertThat(select("source:data_source+0")).containsExactly(SOURCE);
    }

    @Test
    void atOperatorAddsDescendantsAndTheirAncestors() {
        assertThat(select("@silver_avg_metrics")).containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE, NOT_NULL);
        assertThat(select("@gold_cost_metrics")).containsExactly(GOLD_COST, SILVER, SOURCE, NOT_NULL);
    }

    @Test
    void pathSelectsAFolderOrAFileRelativeToTheProjectRoot() {
        assertThat(select("path:models/gold")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("path:models/gold/")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("models/gold/gold_cost_metrics.sql")).containsExactly(GOLD_COST);
        assertThat(select("path:models/*/gold_*.sql")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("path:models")).containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE, NOT_NULL);
        assertThat(select("path:models/silver/schema.yml")).containsExactly(NOT_NULL);
        assertThat(select("path:models/go")).isEmpty();
    }

    @Test
    void fileMatchesTheFileNameOrItsStem() {
        assertThat(select("file:gold_cost_metrics")).containsExactly(GOLD_COST);
        assertThat(select("gold_cost_metrics.sql")).containsExactly(GOLD_COST);
        assertThat(select("file:gold_*.sql")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("file:schema.yml", "file:source_tables")).containsExactly(SOURCE, NOT_NULL);
    }

    @Test
    void excludeRemovesAndAlsoRemovesTheExcludedModelsTests() {
        assertThat(selectExcluding(List.of("+gold_cost_metrics"), List.of("silver_avg_metrics")))
                .containsExactly(GOLD_COST, SOURCE);
        assertThat(selectExcluding(List.of(), List.of("gold", "source:*")))
                .containsExactly(SILVER, NOT_NULL);
    }

    @Test
    void commaIntersectsAndSpaceUnites() {
        assertThat(select("+gold_cost_metrics,path:models/silver")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("gold_cost_metrics gold_passengers_metrics")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("gold_cost_metrics", "gold_passengers_metrics")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        // each criterion adds its models' tests before intersecting, as dbt does
        assertThat(select("tag:nightly,resource_type:model")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("resource_type:model,gold")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
    }

    @Test
    void tagConfigAndResourceType() {
        assertThat(select("tag:nightly")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("tag:night*")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("config.materialized:incremental")).containsExactly(GOLD_PASSENGERS);
        assertThat(select("config.materialized:table")).containsExactly(GOLD_COST, SILVER, NOT_NULL);
        assertThat(select("config.file_format:iceberg")).containsExactly(GOLD_COST, GOLD_PASSENGERS);
        assertThat(select("config.tags:nightly")).containsExactly(SILVER, NOT_NULL);
        assertThat(select("config.severity:error")).containsExactly(NOT_NULL);
        assertThat(select("resource_type:source")).containsExactly(SOURCE);
        assertThat(select("resource_type:test")).containsExactly(NOT_NULL);
    }

    @Test
    void sourceSelectorForms() {
        assertThat(select("source:data_source")).containsExactly(SOURCE);
        assertThat(select("source:data_source.records")).containsExactly(SOURCE);
        assertThat(select("source:dbt_glue_demo.data_source.records")).containsExactly(SOURCE);
        assertThat(select("source:*")).containsExactly(SOURCE);
        assertThat(select("source:data_source.other")).isEmpty();
        // the fqn method never matches sources
        assertThat(select("data_source")).isEmpty();
    }

    @Test
    void packageTestNameAndTestType() {
        assertThat(select("package:this")).hasSize(5);
        assertThat(select("package:dbt_glue_demo")).hasSize(5);
        assertThat(select("package:other")).isEmpty();
        assertThat(select("test_name:not_null")).containsExactly(NOT_NULL);
        assertThat(select("test_type:generic")).containsExactly(NOT_NULL);
        assertThat(select("test_type:data")).containsExactly(NOT_NULL);
        assertThat(select("test_type:singular")).isEmpty();
    }

    @Test
    void noSelectMeansEverything() {
        assertThat(selectExcluding(List.of(), List.of())).containsExactly(GOLD_COST, GOLD_PASSENGERS, SILVER, SOURCE, NOT_NULL);
    }

    @Test
    void nothingMatchedIsAnEmptySelectionWithDbtsWarning() {
        SelectionResult result = selector.evaluate(SelectionSpec.parse(List.of("tag:nope", "silver"), List.of()));

        assertThat(result.selected()).containsExactly(SILVER, NOT_NULL);
        assertThat(result.warnings()).containsExactly("The selection criterion 'tag:nope' does not match any enabled nodes");
        assertThat(selector.evaluate(SelectionSpec.parse(List.of("nope"), List.of())).isEmpty()).isTrue();
    }

    @Test
    void anUnknownMethodListsTheValidOnes() {
        assertThatThrownBy(() -> SelectionSpec.parse(List.of("colour:red"), List.of()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("The 'colour' selector specified in colour:red is invalid. Must be one of [fqn, tag, group, "
                        + "access, source, path, file, package, config, test_name, test_type, resource_type, state, "
                        + "exposure, metric, result, source_status, version, semantic_model, saved_query, unit_test]");
    }

    @Test
    void invalidValuesOfKnownMethodsAreSelectorErrors() {
        assertThatThrownBy(() -> select("resource_type:table"))
                .isInstanceOf(GluedbtException.class).hasMessage("Invalid resource_type selector \"table\"");
        assertThatThrownBy(() -> select("test_type:unitary"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("Invalid test type selector unitary: expected \"generic\", \"singular\", \"unit\", or \"data\"");
        assertThatThrownBy(() -> select("source:a.b.c.d"))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("Invalid source selector value \"a.b.c.d\". Sources must be of the form");
        assertThatThrownBy(() -> select("state:modified"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("The 'state' selector method in state:modified is not supported by gluedbt yet");
    }
}
