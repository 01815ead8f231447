package io.gluedbt.compiler.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlFileTest {
    @Test
    void convertsScalarsToPlainJavaTypes() {
        YamlFile file = YamlFile.parse("""
                text: hello
                quoted: "5"
                integer: 5
                big: 12345678901
                hex: 0x1F
                real: 1.5
                flag: true
                nothing: ~
                date: 2024-01-02
                list: [a, 1]
                """, "x.yml");

        Map<String, Object> root = file.rootMap();

        assertThat(root).containsEntry("text", "hello").containsEntry("quoted", "5").containsEntry("integer", 5)
                .containsEntry("big", 12345678901L).containsEntry("hex", 31).containsEntry("real", 1.5)
                .containsEntry("flag", true).containsEntry("nothing", null).containsEntry("date", "2024-01-02")
                .containsEntry("list", List.of("a", 1));
        assertThat(root.keySet()).containsExactly("text", "quoted", "integer", "big", "hex", "real", "flag", "nothing", "date", "list");
    }

    @Test
    void remembersLinesOfMapsKeysAndListItems() {
        YamlFile file = YamlFile.parse("""
                name: demo

                models:
                  demo:
                    +materialized: table
                tags:
                  - a
                  - b
                """, "dbt_project.yml");
        Map<String, Object> root = file.rootMap();
        Map<?, ?> models = (Map<?, ?>) root.get("models");
        List<?> tags = (List<?>) root.get("tags");

        assertThat(file.lineOf(root, "name")).isEqualTo(1);
        assertThat(file.lineOf(root, "models")).isEqualTo(3);
        assertThat(file.lineOf(models)).isEqualTo(4);
        assertThat(file.lineOf(models, "demo")).isEqualTo(4);
        assertThat(file.lineOf((Map<?, ?>) models.get("demo"), "+materialized")).isEqualTo(5);
        assertThat(file.lineOf(tags, 1)).isEqualTo(8);
        assertThat(file.lineOf(Map.of())).isZero();
        assertThat(file.position(root, "models")).hasToString("dbt_project.yml:3");
    }

    @Test
    void emptyDocumentIsAnEmptyMap() {
        assertThat(YamlFile.parse("", "empty.yml").rootMap()).isEmpty();
        assertThat(YamlFile.parse("# only a comment\n", "empty.yml").rootMap()).isEmpty();
    }

    @Test
    void mergeKeysCopyTheAnchoredMappingWithoutOverridingExplicitKeys() {
        Map<String, Object> root = YamlFile.parse("""
                base: &base {a: 1, b: 2}
                derived:
                  <<: *base
                  b: 3
                """, "x.yml").rootMap();

        assertThat(root.get("derived")).hasToString("{b=3, a=1}");
    }

    @Test
    void malformedYamlNamesLineColumnAndTheKeyToFix() {
        assertThatThrownBy(() -> YamlFile.parse("""
                dbt_glue_demo:
                  target: dev
                    outputs:
                """, "profiles/profiles.yml"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.YAML_INVALID))
                .hasMessage("profiles/profiles.yml:3:12: mapping values are not allowed here (check the indentation of 'outputs')");
    }

    @Test
    void tabIndentationIsExplained() {
        assertThatThrownBy(() -> YamlFile.parse("name: x\n\tversion: 1\n", "dbt_project.yml"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("dbt_project.yml:2:1: tab character used for indentation: YAML allows only spaces (replace the tab with spaces)");
    }

    @Test
    void unclosedFlowListSaysWhereItStarted() {
        assertThatThrownBy(() -> YamlFile.parse("name: x\nmodel-paths: [models\n", "dbt_project.yml"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("dbt_project.yml:3:1: expected ',' or ']', but got <stream end> while parsing a flow sequence started at line 2");
    }

    @Test
    void misalignedKeyNamesTheKey() {
        assertThatThrownBy(() -> YamlFile.parse("a:\n  b: 1\n c: 2\n", "x.yml"))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("x.yml:3:2: expected <block end>, but found '<block mapping start>' while parsing a block mapping started at line 1 (check the indentation of 'c')");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        assertThatThrownBy(() -> YamlFile.parse("name: a\nmodels: {}\nname: b\n", "dbt_project.yml"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.YAML_INVALID))
                .hasMessage("dbt_project.yml:3:1: duplicate key 'name' (first defined at line 1); remove one of them");
    }

    @Test
    void rootMapRejectsAListDocument() {
        assertThatThrownBy(() -> YamlFile.parse("- a\n- b\n", "x.yml").rootMap())
                .isInstanceOf(GluedbtException.class)
                .hasMessage("x.yml:1: expected a mapping of keys to values at the top of the file, found a list");
    }
}
