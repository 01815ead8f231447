package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.yaml.YamlFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTreeTest {
    private static Map<String, Object> tree(String yaml) {
        return YamlFile.parse(yaml, "dbt_project.yml").rootMap();
    }

    private static final Map<String, Object> MODELS = tree("""
            +tags: everywhere
            demo:
              materialized: view
              +tags: [project]
              meta: {owner: data, tier: 2}
              +pre-hook: "select 'project'"
              staging:
                +materialized: table
                tags: staging
                meta: {tier: 1}
                post_hook: "select 'staging'"
                schema: raw
                stg_orders:
                  +enabled: false
                  pre-hook: ["select 'model'"]
              docs:
                +schema: folder_called_docs
            """);

    @Test
    void deeperLevelsWinAndPlusAndBareKeysAreConfigs() {
        Map<String, Object> config = ConfigTree.resolve(MODELS, List.of("demo", "staging", "stg_orders"));

        assertThat(config).containsEntry("materialized", "table").containsEntry("schema", "raw").containsEntry("enabled", false);
    }

    @Test
    void tagsAndHooksAppendShallowFirstAndMetaMerges() {
        Map<String, Object> config = ConfigTree.resolve(MODELS, List.of("demo", "staging", "stg_orders"));

        assertThat(config).containsEntry("tags", List.of("everywhere", "project", "staging"))
                .containsEntry("pre-hook", List.of("select 'project'", "select 'model'"))
                .containsEntry("post-hook", List.of("select 'staging'"))
                .containsEntry("meta", Map.of("owner", "data", "tier", 1))
                .doesNotContainKey("post_hook");
    }

    @Test
    void nodesOutsideAFolderGetOnlyTheLevelsAboveIt() {
        Map<String, Object> config = ConfigTree.resolve(MODELS, List.of("demo", "marts", "orders"));

        assertThat(config).isEqualTo(Map.of("tags", List.of("everywhere", "project"), "materialized", "view",
                "meta", Map.of("owner", "data", "tier", 2), "pre-hook", List.of("select 'project'"),
                "docs", Map.of("+schema", "folder_called_docs")));
    }

    @Test
    void aKnownConfigNameIsAFolderWhenTheFqnGoesThere() {
        Map<String, Object> config = ConfigTree.resolve(MODELS, List.of("demo", "docs", "model_in_docs_folder"));

        assertThat(config).containsEntry("schema", "folder_called_docs").containsEntry("materialized", "view")
                .doesNotContainKey("docs");
    }

    @Test
    void otherPackagesOnlySeeTopLevelConfigs() {
        assertThat(ConfigTree.resolve(MODELS, List.of("dbt_utils", "util_model"))).isEqualTo(Map.of("tags", List.of("everywhere")));
    }

    @Test
    void packageNodesLayerTheRootTreeOverThePackagesOwnTree() {
        Map<String, Object> packageTree = tree("""
                utils:
                  +materialized: ephemeral
                  +tags: [from_package]
                  +schema: utils_schema
                """);
        Map<String, Object> rootTree = tree("""
                utils:
                  +materialized: table
                  +tags: [from_root]
                """);

        Map<String, Object> config = ConfigTree.resolveInOrder(List.of(packageTree, rootTree), List.of("utils", "helpers", "calendar"));

        assertThat(config).isEqualTo(Map.of("materialized", "table", "tags", List.of("from_package", "from_root"), "schema", "utils_schema"));
    }

    @Test
    void emptyOrMissingTreeGivesEmptyConfig() {
        assertThat(ConfigTree.resolve(Map.of(), List.of("demo", "x"))).isEmpty();
        assertThat(ConfigTree.resolve(null, List.of("demo", "x"))).isEmpty();
    }
}
