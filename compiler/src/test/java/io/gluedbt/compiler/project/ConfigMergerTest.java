package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser layers schema.yml config and in-file config() over the project tree with these rules. */
class ConfigMergerTest {
    @Test
    void overrideWinsForPlainKeys() {
        assertThat(ConfigMerger.merge(Map.of("materialized", "view", "schema", "a"), Map.of("materialized", "incremental")))
                .isEqualTo(Map.of("materialized", "incremental", "schema", "a"));
    }

    @Test
    void listsAppendAndTagsDropDuplicates() {
        Map<String, Object> merged = ConfigMerger.merge(
                Map.of("tags", List.of("a", "b"), "post-hook", "select 1"),
                Map.of("tags", "a", "post_hook", List.of("select 2"), "pre_hook", "select 0"));

        assertThat(merged).isEqualTo(Map.of("tags", List.of("a", "b"), "post-hook", List.of("select 1", "select 2"),
                "pre-hook", List.of("select 0")));
    }

    @Test
    void dictionariesMergeKeyByKeyAndGrantsWithPlusAppend() {
        Map<String, Object> merged = ConfigMerger.merge(
                Map.of("meta", Map.of("a", 1, "b", 1), "grants", Map.of("select", List.of("analyst"), "insert", List.of("etl")),
                        "unique_key", List.of("id")),
                Map.of("meta", Map.of("b", 2), "grants", Map.of("+select", List.of("auditor"), "insert", List.of("loader")),
                        "unique_key", List.of("year", "month")));

        assertThat(merged).isEqualTo(Map.of("meta", Map.of("a", 1, "b", 2),
                "grants", Map.of("select", List.of("analyst", "auditor"), "insert", List.of("loader")),
                "unique_key", List.of("year", "month")));
    }

    @Test
    void argumentsAreNotChangedAndNullOverrideClobbers() {
        Map<String, Object> base = new LinkedHashMap<>(Map.of("tags", List.of("a"), "alias", "x"));
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("alias", null);

        Map<String, Object> merged = ConfigMerger.merge(base, override);

        assertThat(merged).containsEntry("alias", null).containsEntry("tags", List.of("a"));
        assertThat(base).isEqualTo(Map.of("tags", List.of("a"), "alias", "x"));
    }
}
