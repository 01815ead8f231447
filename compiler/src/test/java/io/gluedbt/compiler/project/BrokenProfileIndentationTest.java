package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog prints profiles.yml with its indentation lost. That text is valid YAML with the wrong shape
 * (an empty profile, then 'target' and 'outputs' at the top level), so the loader must say which line to
 * indent rather than "profile is empty".
 */
class BrokenProfileIndentationTest {
    private static final Path PROJECT = Path.of("src", "test", "resources", "bad-input", "broken-profile-indentation").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void pointsAtTheFirstMisindentedLineAndSaysToCheckIndentation() {
        LoadOptions options = new LoadOptions(PROJECT, PROJECT.resolve("profiles"), null, null,
                Map.of("DBT_ROLE_ARN", "arn:aws:iam::1:role/r", "DBT_S3_LOCATION", "s3://b/"), home);

        assertThatThrownBy(() -> ProjectLoader.load(options))
                .isInstanceOfSatisfying(GluedbtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.YAML_INVALID);
                    assertThat(e.position()).contains(SourcePosition.of("profiles/profiles.yml", 2));
                })
                .hasMessage("profiles/profiles.yml:2: 'target' is at the top level of profiles.yml, but it belongs to profile"
                        + " 'dbt_glue_demo': check the indentation (indent 'target' and 'outputs' under 'dbt_glue_demo:')");
    }

    @Test
    void targetKeysBesideAnEmptyTargetAreReportedAtTheirLine(@TempDir Path project) throws Exception {
        ProjectFixture fixture = new ProjectFixture(project)
                .write("project/dbt_project.yml", "name: dbt_glue_demo\n")
                .write("project/profiles.yml", "dbt_glue_demo:\n  target: dev\n  outputs:\n    dev:\n    type: glue\n    schema: s\n");

        assertThatThrownBy(() -> ProjectLoader.load(fixture.options()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml:5: 'type' is a key of 'outputs', but it belongs to target 'dev': check the indentation"
                        + " (indent the target's keys under 'dev:')");
    }
}
