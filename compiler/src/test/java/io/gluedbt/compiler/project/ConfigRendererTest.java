package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigRendererTest {
    private static final SourcePosition AT = SourcePosition.of("profiles.yml", 4);
    private final ConfigRenderer renderer = ConfigRenderer.withoutTarget(
            EnvironmentVariables.of(Map.of("THREADS", "8", "NAME", "x")), Map.of("answer", 42));

    @Test
    void renderedValuesStayStringsUnlessAskedToCoerce() {
        assertThat(renderer.render("{{ env_var('THREADS') }}", AT)).isEqualTo("8");
        assertThat(renderer.render("{{ env_var('THREADS') | as_number }}", AT)).isEqualTo(8);
        assertThat(renderer.render("{{ env_var('MISSING', 'true') | as_bool }}", AT)).isEqualTo(true);
        assertThat(renderer.render("{{ env_var('MISSING', 4) }}", AT)).isEqualTo("4");
        assertThat(renderer.render("{{ var('answer') }}-{{ var('other', 'd') }}", AT)).isEqualTo("42-d");
        assertThat(renderer.render("no jinja {here}", AT)).isEqualTo("no jinja {here}");
    }

    @Test
    void targetIsAvailableOnlyToTheProjectRenderer() {
        ConfigRenderer projectRenderer = ConfigRenderer.withTarget(EnvironmentVariables.of(Map.of()), Map.of(),
                Map.of("name", "dev", "schema", "analytics"));

        assertThat(projectRenderer.render("{{ target.schema }}_{{ target.name }}", AT)).isEqualTo("analytics_dev");
        assertThatThrownBy(() -> renderer.render("{{ target.schema }}", AT))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JINJA_RENDER))
                .hasMessage("profiles.yml:4: cannot render '{{ target.schema }}': undefined: target.schema");
    }

    @Test
    void missingEnvVarCarriesThePosition() {
        assertThatThrownBy(() -> renderer.render("prefix-{{ env_var('DBT_ROLE_ARN') }}", AT))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENV_VAR_MISSING))
                .hasMessage("profiles.yml:4: Env var required but not provided: 'DBT_ROLE_ARN'");
    }

    @Test
    void unknownFunctionIsARenderError() {
        assertThatThrownBy(() -> renderer.render("{{ envvar('NAME') }}", AT))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JINJA_RENDER))
                .hasMessage("profiles.yml:4: cannot render '{{ envvar('NAME') }}': Could not resolve function 'envvar'");
        assertThatThrownBy(() -> renderer.render("{{ env_var('A' }}", AT))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JINJA_RENDER))
                .hasMessageStartingWith("profiles.yml:4: cannot render '{{ env_var('A' }}': Error parsing");
    }
}
