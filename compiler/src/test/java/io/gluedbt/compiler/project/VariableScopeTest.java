package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariableScopeTest {
    @TempDir
    Path temporary;
    VariableScope scope;

    @BeforeEach
    void load() {
        ProjectFixture fixture = new ProjectFixture(temporary)
                .write("project/profiles.yml", ProjectFixture.profile("demo", "s"))
                .write("project/dbt_project.yml", """
                        name: demo
                        vars:
                          shared: root_global
                          scoped: root_global
                          start_date: '2016-01-01'
                          nothing: null
                          utils:
                            scoped: root_scoped_to_utils
                          demo:
                            start_date: root_scoped_to_demo
                        """)
                .write("project/dbt_packages/utils/dbt_project.yml", """
                        name: utils
                        vars:
                          shared: package_own
                          scoped: package_own
                          package_only: package_own
                          cli: package_own
                          utils:
                            package_only: package_own_scoped
                        """);
        scope = VariableScope.of(ProjectLoader.load(fixture.options().withCliVars("{cli: from_cli, shared: from_cli}")));
    }

    @Test
    void cliVarsWinEverywhere() {
        assertThat(scope.lookup("shared", "utils")).isEqualTo("from_cli");
        assertThat(scope.lookup("shared", "demo")).isEqualTo("from_cli");
        assertThat(scope.lookup("cli", "utils")).isEqualTo("from_cli");
    }

    @Test
    void rootScopedBeatsRootGlobalBeatsPackageOwn() {
        assertThat(scope.lookup("scoped", "utils")).isEqualTo("root_scoped_to_utils");
        assertThat(scope.lookup("scoped", "demo")).isEqualTo("root_global");
        assertThat(scope.lookup("start_date", "demo")).isEqualTo("root_scoped_to_demo");
        assertThat(scope.lookup("start_date", "utils")).isEqualTo("2016-01-01");
        assertThat(scope.lookup("package_only", "utils")).isEqualTo("package_own_scoped");
    }

    @Test
    void packageVarsAreInvisibleToOtherPackages() {
        assertThat(scope.has("package_only", "utils")).isTrue();
        assertThat(scope.has("package_only", "demo")).isFalse();
        assertThat(scope.lookupOrDefault("package_only", "demo", "fallback")).isEqualTo("fallback");
    }

    @Test
    void nullVarExists() {
        assertThat(scope.has("nothing", "demo")).isTrue();
        assertThat(scope.lookup("nothing", "demo")).isNull();
    }

    @Test
    void missingVarNamesTheFileAndSuggests() {
        assertThatThrownBy(() -> scope.lookup("start_dat", "demo", SourcePosition.of("models/silver/x.sql", 3)))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VAR_MISSING))
                .hasMessage("models/silver/x.sql:3: Required var 'start_dat' not found in config (did you mean 'start_date'?)"
                        + " (define it under 'vars:' in dbt_project.yml, pass --vars '{start_dat: ...}', or give var() a default)");
        assertThat(scope.varsFor("demo")).doesNotContainKey("package_only").containsEntry("cli", "from_cli");
        assertThat(scope.varsFor("utils")).containsEntry("package_only", "package_own_scoped");
    }
}
