package io.gluedbt.compiler.graph;

import static io.gluedbt.compiler.graph.ManifestFixture.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** The less common methods and resource types, on a project with seeds, snapshots, exposures and packages. */
class SelectorMethodsTest {
    private final Manifest manifest = ManifestFixture.project("shop")
            .seed("countries")
            .model("staging/stg_orders", config("materialized", "view", "group", "finance", "access", "public",
                    "meta", Map.of("owner", "ana", "tier", 1), "persist_docs", Map.of("relation", true),
                    "tags", List.of("daily", "pii")), "seed.shop.countries")
            .model("marts/orders", config("materialized", "incremental", "unique_key", List.of("id", "day")),
                    "model.shop.stg_orders")
            .model("marts/hidden", config("materialized", "table", "enabled", false))
            .snapshot("orders_snapshot", "model.shop.stg_orders")
            .analysis("revenue", "model.shop.orders")
            .singularTest("assert_positive", "model.shop.orders")
            .genericTest("unique_orders_id", "unique", "models/marts/schema.yml", "model.shop.orders")
            .exposure("weekly", "model.shop.orders")
            .add(Node.builder("model.util.calendar", ResourceType.MODEL).packageName("util").name("calendar")
                    .path("calendar.sql").originalFilePath("models/calendar.sql").fqn(List.of("util", "calendar"))
                    .config(Map.of("materialized", "table")).build())
            .build();
    private final NodeSelector selector = NodeSelector.create(manifest, DependencyGraph.of(manifest));

    private SortedSet<String> select(String... select) {
        return selector.select(SelectionSpec.parse(List.of(select), List.of()));
    }

    /** Note: selecting orders also selects its two tests (eager indirect selection), as in dbt. */
    @Test
    void nestedConfigKeysListMembershipAndBooleans() {
        assertThat(select("config.meta.owner:ana")).containsExactly("model.shop.stg_orders");
        assertThat(select("config.meta.tier:1")).containsExactly("model.shop.stg_orders");
        assertThat(select("config.persist_docs.relation:TRUE")).containsExactly("model.shop.stg_orders");
        assertThat(select("config.unique_key:day")).containsExactly("model.shop.orders", "test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("config.materialized:snapshot")).containsExactly("snapshot.shop.orders_snapshot");
        assertThat(select("config.severity:ERROR")).containsExactly("test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("config.meta.missing:x")).isEmpty();
    }

    @Test
    void disabledNodesAreNeverSelected() {
        assertThat(select("config.enabled:false")).isEmpty();
        assertThat(select("hidden")).isEmpty();
        assertThat(select("marts")).doesNotContain("model.shop.hidden");
    }

    @Test
    void groupAccessExposureAndPackage() {
        assertThat(select("group:fin*")).containsExactly("model.shop.stg_orders");
        assertThat(select("access:public")).containsExactly("model.shop.stg_orders");
        assertThat(select("access:protected")).containsExactly("model.shop.orders", "model.util.calendar",
                "test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("exposure:weekly")).containsExactly("exposure.shop.weekly");
        assertThat(select("exposure:shop.*")).containsExactly("exposure.shop.weekly");
        assertThat(select("+exposure:weekly")).contains("seed.shop.countries", "exposure.shop.weekly");
        assertThat(select("package:util")).containsExactly("model.util.calendar");
        assertThat(select("package:this")).doesNotContain("model.util.calendar").contains("seed.shop.countries");
        // a bare name matches across packages: fqn without the package
        assertThat(select("calendar")).containsExactly("model.util.calendar");
    }

    @Test
    void resourceTypesAndTestTypes() {
        assertThat(select("resource_type:seed")).containsExactly("seed.shop.countries");
        assertThat(select("resource_type:snapshot")).containsExactly("snapshot.shop.orders_snapshot");
        assertThat(select("resource_type:analysis")).containsExactly("analysis.shop.revenue");
        assertThat(select("resource_type:exposure")).containsExactly("exposure.shop.weekly");
        assertThat(select("resource_type:metric")).isEmpty();
        assertThat(select("test_type:singular")).containsExactly("test.shop.assert_positive");
        assertThat(select("test_type:generic")).containsExactly("test.shop.unique_orders_id");
        assertThat(select("test_type:schema")).containsExactly("test.shop.unique_orders_id");
        assertThat(select("test_type:data")).containsExactly("test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("test_name:uniq*")).containsExactly("test.shop.unique_orders_id");
    }

    @Test
    void tagsOnNodesAndExposures() {
        assertThat(select("tag:pii")).containsExactly("model.shop.stg_orders");
        assertThat(select("tag:bi")).containsExactly("exposure.shop.weekly");
    }

    @Test
    void depthLimitsOnBothSides() {
        assertThat(select("1+orders")).containsExactly("model.shop.orders", "model.shop.stg_orders",
                "test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("2+orders")).contains("seed.shop.countries");
        assertThat(select("stg_orders+1")).containsExactly("model.shop.orders", "model.shop.stg_orders",
                "snapshot.shop.orders_snapshot", "test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("countries+")).contains("analysis.shop.revenue", "exposure.shop.weekly");
    }

    @Test
    void singularTestPathsAndFiles() {
        assertThat(select("path:tests")).containsExactly("test.shop.assert_positive");
        assertThat(select("tests/assert_positive.sql")).containsExactly("test.shop.assert_positive");
        assertThat(select("path:**/marts/*.sql")).containsExactly("model.shop.orders", "test.shop.assert_positive", "test.shop.unique_orders_id");
        assertThat(select("path:seeds/countries.csv")).containsExactly("seed.shop.countries");
        assertThat(select("countries.csv")).containsExactly("seed.shop.countries");
    }
}
