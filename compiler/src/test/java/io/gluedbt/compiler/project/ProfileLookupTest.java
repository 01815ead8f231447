package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profiles.yml is found in dbt's order: --profiles-dir, DBT_PROFILES_DIR, the project directory, ~/.dbt. */
class ProfileLookupTest {
    @TempDir
    Path temporary;
    ProjectFixture fixture;

    @BeforeEach
    void writeProfilesEverywhere() {
        fixture = new ProjectFixture(temporary)
                .write("project/dbt_project.yml", "name: demo\nprofile: demo\n")
                .write("flag/profiles.yml", ProjectFixture.profile("demo", "from_flag"))
                .write("environment/profiles.yml", ProjectFixture.profile("demo", "from_environment"))
                .write("project/profiles.yml", ProjectFixture.profile("demo", "from_project"))
                .write("home/.dbt/profiles.yml", ProjectFixture.profile("demo", "from_home"));
    }

    private LoadOptions withEnvironmentDirectory(LoadOptions options) {
        return options.withEnvironment(Map.of("DBT_PROFILES_DIR", temporary.resolve("environment").toString()));
    }

    @Test
    void profilesDirFlagWinsOverEverything() {
        Target target = ProjectLoader.load(withEnvironmentDirectory(fixture.options()).withProfilesDir(temporary.resolve("flag"))).target();

        assertThat(target.schema()).isEqualTo("from_flag");
        assertThat(target.profilesFile()).isEqualTo(temporary.resolve("flag/profiles.yml").toString());
    }

    @Test
    void environmentVariableWinsOverProjectAndHome() {
        assertThat(ProjectLoader.load(withEnvironmentDirectory(fixture.options())).target().schema()).isEqualTo("from_environment");
    }

    @Test
    void projectDirectoryWinsOverHome() {
        Target target = ProjectLoader.load(fixture.options()).target();

        assertThat(target.schema()).isEqualTo("from_project");
        assertThat(target.profilesFile()).isEqualTo("profiles.yml");
    }

    @Test
    void homeDbtDirectoryIsTheLastPlace() throws Exception {
        java.nio.file.Files.delete(fixture.project().resolve("profiles.yml"));

        Target target = ProjectLoader.load(fixture.options()).target();

        assertThat(target.schema()).isEqualTo("from_home");
        assertThat(target.profilesFile()).isEqualTo("~/.dbt/profiles.yml");
    }

    @Test
    void explicitDirectoryWithoutProfilesYmlDoesNotFallBack() {
        assertThatThrownBy(() -> ProjectLoader.load(fixture.options().withProfilesDir(temporary.resolve("empty"))))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE_NOT_FOUND))
                .hasMessage("profiles.yml not found; looked in: " + temporary.resolve("empty/profiles.yml")
                        + " (from --profiles-dir). Create profiles.yml in one of these places, or pass --profiles-dir (or set DBT_PROFILES_DIR)");
    }

    @Test
    void targetComesFromFlagThenProfileThenDefault() {
        fixture.write("project/profiles.yml", """
                demo:
                  target: second
                  outputs:
                    default: {type: glue, schema: s_default}
                    second: {type: glue, schema: s_second}
                    third: {type: glue, schema: s_third, threads: "8"}
                config:
                  send_anonymous_usage_stats: false
                """);

        assertThat(ProjectLoader.load(fixture.options()).target().schema()).isEqualTo("s_second");
        Target third = ProjectLoader.load(fixture.options().withTarget("third")).target();
        assertThat(third.schema()).isEqualTo("s_third");
        assertThat(third.threads()).isEqualTo(8);
        assertThat(third.values()).containsEntry("threads", 8);

        fixture.write("project/profiles.yml", "demo:\n  outputs:\n    default: {type: glue, schema: s_default}\n");
        assertThat(ProjectLoader.load(fixture.options()).target().name()).isEqualTo("default");
    }

    @Test
    void profileNameDefaultsToTheProjectName() {
        fixture.write("project/dbt_project.yml", "name: demo\n");

        assertThat(ProjectLoader.load(fixture.options()).target().profileName()).isEqualTo("demo");
    }

    @Test
    void missingProfileListsTheProfilesThere() {
        fixture.write("project/dbt_project.yml", "name: demo\nprofile: dmeo\n");

        assertThatThrownBy(() -> ProjectLoader.load(fixture.options()))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROFILE_NOT_FOUND))
                .hasMessage("Could not find profile named 'dmeo' in profiles.yml (did you mean 'demo'?); profiles there: demo."
                        + " The profile name comes from 'profile:' in dbt_project.yml");
    }

    @Test
    void databaseDifferentFromSchemaIsRejectedOnGlue() {
        fixture.write("project/profiles.yml", "demo:\n  outputs:\n    default:\n      type: glue\n      schema: a\n      database: b\n");

        assertThatThrownBy(() -> ProjectLoader.load(fixture.options()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml:6: schema 'a' and database 'b' differ: on glue, database must be omitted or equal to schema");
    }
}
