package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {
    @TempDir
    Path temporary;
    ProjectFixture fixture;

    @BeforeEach
    void writeProfile() {
        fixture = new ProjectFixture(temporary).write("project/profiles.yml", """
                demo:
                  target: dev
                  outputs:
                    dev:
                      type: glue
                      schema: "{{ env_var('SCHEMA', 'analytics') }}"
                      role_arn: "{{ env_var('ROLE') }}"
                      workers: "{{ var('workers', 2) }}"
                    other:
                      type: glue
                      schema: x
                """);
    }

    @Test
    void rendersProjectValuesButKeepsHooksVarsAndQueryCommentRaw() {
        fixture.write("project/dbt_project.yml", """
                name: demo
                version: 1.0
                require-dbt-version: ">=1.7.0"
                source-paths: ["src"]
                data-paths: ["data"]
                on-run-start: "create schema if not exists {{ target.schema }}"
                on-run-end: ["select 1", "select {{ var('x') }}"]
                query-comment: "{{ env_var('NOT_SET') }}"
                vars:
                  later: "{{ env_var('NOT_SET') }}"
                models:
                  demo:
                    +schema: "{{ target.schema }}_{{ env_var('SUFFIX', 'x') }}"
                    +pre-hook: "insert into audit select '{{ this }}'"
                    staging:
                      post-hook: ["{{ log('a') }}"]
                      +tags: ["{{ var('tag', 'nightly') }}"]
                dispatch:
                  - macro_namespace: dbt_utils
                    search_order: [demo, dbt_utils]
                """);
        LoadedProject loaded = ProjectLoader.load(fixture.options()
                .withEnvironment(Map.of("ROLE", "arn:role", "SUFFIX", "y"))
                .withCliVars("{tag: hourly, workers: 5}"));

        Project root = loaded.root();
        assertThat(root.version()).isEqualTo("1.0");
        assertThat(root.requireDbtVersion()).containsExactly(">=1.7.0");
        assertThat(root.modelPaths()).containsExactly("src");
        assertThat(root.seedPaths()).containsExactly("data");
        assertThat(root.onRunStart()).containsExactly("create schema if not exists {{ target.schema }}");
        assertThat(root.onRunEnd()).containsExactly("select 1", "select {{ var('x') }}");
        assertThat(root.queryComment()).isEqualTo("{{ env_var('NOT_SET') }}");
        assertThat(root.vars()).containsEntry("later", "{{ env_var('NOT_SET') }}");
        assertThat(ConfigTree.resolve(root.models(), List.of("demo", "staging", "stg_orders"))).isEqualTo(Map.of(
                "schema", "analytics_y",
                "pre-hook", List.of("insert into audit select '{{ this }}'"),
                "post-hook", List.of("{{ log('a') }}"),
                "tags", List.of("hourly")));
        assertThat(root.dispatch()).containsExactly(Map.of("macro_namespace", "dbt_utils", "search_order", List.of("demo", "dbt_utils")));
        assertThat(loaded.cliVars()).isEqualTo(Map.of("tag", "hourly", "workers", 5));
        assertThat(loaded.target().values()).containsEntry("workers", "5").containsEntry("role_arn", "arn:role");
    }

    @Test
    void envVarDefaultIsUsedOnlyWhenTheVariableIsUnset() {
        fixture.write("project/dbt_project.yml", "name: demo\n");

        assertThat(ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", "r"))).target().schema()).isEqualTo("analytics");
        assertThat(ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", ""))).target().stringValue("role_arn")).isEmpty();
        assertThat(ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", "r", "SCHEMA", "s"))).target().schema()).isEqualTo("s");
    }

    @Test
    void envVarWithoutDefaultIsRequiredOnlyForTheSelectedTargetAndOnlyWhenUsed() {
        fixture.write("project/dbt_project.yml", "name: demo\n");

        assertThat(ProjectLoader.load(fixture.options().withTarget("other")).target().schema()).isEqualTo("x");
        Target target = ProjectLoader.load(fixture.options()).target();
        assertThatThrownBy(() -> target.requireValue("role_arn"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENV_VAR_MISSING))
                .hasMessage("profiles.yml:7: Env var required but not provided: 'ROLE'");
    }

    @Test
    void cliVarsAcceptBothYamlForms() {
        assertThat(CliVars.parse("{a: 1, b: [x]}")).isEqualTo(Map.of("a", 1, "b", List.of("x")));
        assertThat(CliVars.parse("a: 1")).isEqualTo(Map.of("a", 1));
        assertThat(CliVars.parse(" ")).isEmpty();
        assertThatThrownBy(() -> CliVars.parse("just a string"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VARS_INVALID))
                .hasMessage("--vars must be a YAML mapping like '{key: value}', got a string ('just a string')");
        assertThatThrownBy(() -> CliVars.parse("{a: 1"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VARS_INVALID))
                .hasMessage("--vars is not valid YAML: --vars:1:6: expected ',' or '}', but got <stream end> while parsing a flow mapping"
                        + " (write it like --vars '{key: value}')");
    }

    @Test
    void packagesAreLoadedFromTheInstallPathSortedByName() {
        fixture.write("project/dbt_project.yml", "name: demo\npackages-install-path: installed\n")
                .write("project/installed/z_dir/dbt_project.yml", "name: alpha\nvars: {a: 1}\nmacro-paths: [\"my_macros\"]\n")
                .write("project/installed/a_dir/dbt_project.yml", "name: beta\n")
                .write("project/installed/not_a_package/readme.md", "x")
                .write("project/dbt_packages/ignored/dbt_project.yml", "name: ignored\n");

        LoadedProject loaded = ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", "r")));

        assertThat(loaded.packages()).extracting(Project::name).containsExactly("alpha", "beta");
        Project alpha = loaded.packages().get(0);
        assertThat(alpha.relativeRoot()).isEqualTo("installed/z_dir");
        assertThat(alpha.root()).isEqualTo(fixture.project().resolve("installed/z_dir"));
        assertThat(alpha.macroPaths()).containsExactly("my_macros");
        assertThat(alpha.displayPath("macros/x.sql")).isEqualTo("installed/z_dir/macros/x.sql");
        assertThat(loaded.allProjects()).extracting(Project::name).containsExactly("demo", "alpha", "beta");
    }

    @Test
    void packageNamedLikeTheRootProjectIsRejected() {
        fixture.write("project/dbt_project.yml", "name: demo\n")
                .write("project/dbt_packages/copy/dbt_project.yml", "\nname: demo\n");

        assertThatThrownBy(() -> ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", "r"))))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PACKAGE_INVALID))
                .hasMessage("dbt_packages/copy/dbt_project.yml:2: package 'demo' has the same name as the root project: rename one of them");
    }

    @Test
    void unknownTopLevelKeysAreIgnored() {
        fixture.write("project/dbt_project.yml", "name: demo\nsomething-new: {a: 1}\n");

        assertThat(ProjectLoader.load(fixture.options().withEnvironment(Map.of("ROLE", "r"))).root().name()).isEqualTo("demo");
    }
}
