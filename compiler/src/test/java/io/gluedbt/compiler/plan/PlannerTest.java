package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.local;
import static io.gluedbt.compiler.plan.PlanFixture.model;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.project.Target;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {
    @Test
    void ephemeralModelsAndAnalysesPlanNothing() {
        assertThat(plan(model("materialized", "ephemeral"), new FakeCatalog()).statements()).isEmpty();
        var analysis = PlanFixture.node("analysis.demo.a", ResourceType.ANALYSIS, "a", "analyses/a.sql", "analytics");
        assertThat(plan(analysis, new FakeCatalog()).nodeId()).isEqualTo("analysis.demo.a");
        assertThat(plan(analysis, new FakeCatalog()).statements()).isEmpty();
    }

    @Test
    void unknownMaterializationNamesTheFileAndSuggests() {
        assertThatThrownBy(() -> plan(model("materialized", "tabel"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("models/orders.sql: model 'orders' has unknown materialization 'tabel'")
                .hasMessageContaining("'table'")
                .hasMessageEndingWith("; use one of table, view, incremental, ephemeral")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.MATERIALIZATION_INVALID);
    }

    @Test
    void pythonModelsAreRefused() {
        var python = model("materialized", "table").toBuilder().language("python").build();
        assertThatThrownBy(() -> plan(python, new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' is a python model; only SQL models can be planned");
    }

    @Test
    void trailingSemicolonsAreDropped() {
        var node = model("materialized", "view");
        var planned = Planner.create().plan(node, new CompiledNode(node.uniqueId(), "select 1 ;\n;  \n", null, List.of()), new FakeCatalog(),
                RunMode.INCREMENTAL, local());
        assertThat(planned.statements().get(0).sql()).isEqualTo("CREATE OR REPLACE VIEW analytics.orders AS\nselect 1");
    }

    @Test
    void contextFromATargetReadsDbtGluesKeys() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("location", "s3://lake/dbt///");
        values.put("root_location", true);
        values.put("custom_iceberg_catalog_namespace", "");
        values.put("seed_format", "delta");
        Target target = new Target("demo", "dev", "glue", "analytics", null, 4, values, "profiles.yml", Map.of());
        PlanContext context = PlanContext.fromTarget(target, Path.of("."));
        assertThat(context.location()).contains("s3://lake/dbt");
        assertThat(context.layout()).isEqualTo(LocationLayout.ALIAS_ONLY);
        assertThat(context.icebergCatalog()).isEmpty();
        assertThat(context.seedFormat()).isEqualTo("delta");
        assertThat(context.tablePath("analytics", "orders")).contains("s3://lake/dbt/orders");
        PlanContext defaults = PlanContext.fromTarget(new Target("demo", "dev", "glue", "analytics", null, 4, Map.of(), "profiles.yml", Map.of()),
                Path.of("."));
        assertThat(defaults.location()).isEmpty();
        assertThat(defaults.icebergCatalog()).contains("glue_catalog");
        assertThat(defaults.tablePath("analytics", "orders")).isEqualTo(Optional.empty());
    }

    @Test
    void thePlanIsDeterministic() {
        var node = model("materialized", "incremental", "file_format", "iceberg", "incremental_strategy", "merge", "unique_key", List.of("a", "b"),
                "table_properties", Map.of("format-version", "2"));
        FakeCatalog catalog = new FakeCatalog().table("analytics", "orders", "iceberg", "a", "int", "b", "int");
        assertThat(plan(node, catalog)).isEqualTo(plan(node, catalog));
    }
}
