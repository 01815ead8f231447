package io.gluedbt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.RefCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JinjaEnvironmentTest {
    private static final String ROOT_MACROS = """
            {% macro cents_to_dollars(column) %}({{ column }} / 100){% endmacro %}
            {% macro columns() %}{{ return(['a', 'b', 'c']) }}{% endmacro %}
            {% macro glue__greeting(name) %}hello glue {{ name }}{% endmacro %}
            {% macro default__greeting(name) %}hello {{ name }}{% endmacro %}
            {% macro greeting(name) %}{{ adapter.dispatch('greeting')(name) }}{% endmacro %}
            {% macro wrap() %}[{{ caller() }}]{% endmacro %}
            {% test positive(model, column_name) %}select * from {{ model }} where {{ column_name }} <= 0{% endtest %}
            """;
    private static final String PACKAGE_MACROS = """
            {% macro helper() %}pkg-helper{% endmacro %}
            {% macro uses_helper() %}{{ helper() }}!{% endmacro %}
            {% macro default__pad(x) %}pad-{{ x }}{% endmacro %}
            {% macro spark__pad(x) %}spark-pad-{{ x }}{% endmacro %}
            """;

    private static JinjaEnvironment environment() {
        return JinjaEnvironment.create(
                List.of(new MacroFile("demo", "macros/m.sql", ROOT_MACROS), new MacroFile("utils", "dbt_packages/utils/macros/u.sql", PACKAGE_MACROS)),
                new EnvironmentSettings("demo", List.of("glue", "spark", "default"), Map.of(), Map.of("name", "dev", "schema", "analytics"),
                        (name, packageName) -> name.equals("start") ? Optional.of("2016-01-01") : Optional.empty(),
                        Map.of("HOME_REGION", "us-east-1"), Map.of("project_name", "demo"), io.gluedbt.compiler.jinja.builtins.JinjaLogSink.discarding()));
    }

    @Test
    void recordsRefsSourcesAndConfig() {
        RecordingScope scope = new RecordingScope("demo", false);
        String output = environment().render("{{ config(materialized='table', tags=['a']) }}select * from {{ ref('x') }} join {{ ref('pkg', 'y', v=2) }} join {{ source('raw', 'events') }}", "models/m.sql", 0, scope);
        assertThat(output).isEqualTo("select * from analytics.x join analytics.y join raw.events");
        assertThat(scope.refs).containsExactly(RefCall.of("x"), new RefCall("pkg", "y", "2"));
        assertThat(scope.config).containsEntry("materialized", "table").containsEntry("tags", List.of("a"));
    }

    @Test
    void macrosReturnValuesDispatchAndCaller() {
        JinjaEnvironment environment = environment();
        RecordingScope scope = new RecordingScope("demo", true);
        assertThat(environment.render("{{ cents_to_dollars('amount') }}", "models/m.sql", 0, scope)).isEqualTo("(amount / 100)");
        assertThat(environment.render("{% set c = columns() %}{{ c | length }}:{{ c[2] }}", "models/m.sql", 0, scope)).isEqualTo("3:c");
        assertThat(environment.render("{{ greeting('you') }}", "models/m.sql", 0, scope)).isEqualTo("hello glue you");
        assertThat(environment.render("{{ adapter.dispatch('pad', 'utils')('z') }}", "models/m.sql", 0, scope)).isEqualTo("spark-pad-z");
        assertThat(environment.render("{% call wrap() %}inner{% endcall %}", "models/m.sql", 0, scope)).isEqualTo("[inner]");
        assertThat(environment.render("{{ utils.uses_helper() }}", "models/m.sql", 0, scope)).isEqualTo("pkg-helper!");
        assertThat(environment.render("{{ test_positive('t', 'c') }}", "models/m.sql", 0, scope)).isEqualTo("select * from t where c <= 0");
    }

    @Test
    void varsAndEnvVars() {
        RecordingScope scope = new RecordingScope("demo", false);
        assertThat(environment().render("{{ var('start') }} {{ var('end', '2017') }} {{ env_var('HOME_REGION') }} {{ env_var('NOPE', 'x') }} {{ target.name }}", "models/m.sql", 0, scope))
                .isEqualTo("2016-01-01 2017 us-east-1 x dev");
    }

    @Test
    void missingVarNamesFileAndLine() {
        assertThatThrownBy(() -> environment().render("select 1\n, {{ var('missing') }}", "models/m.sql", 0, new RecordingScope("demo", false)))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("models/m.sql:2: Required var 'missing' not found in config")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.VAR_MISSING);
    }

    @Test
    void unknownMacroSuggestsClosestName() {
        assertThatThrownBy(() -> environment().render("select\n{{ cents_to_dolars('x') }}", "models/m.sql", 0, new RecordingScope("demo", false)))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/m.sql:2: 'cents_to_dolars' is undefined: no macro or function of that name (did you mean 'cents_to_dollars'?)");
    }

    @Test
    void missingEnvVarWithoutDefaultFails() {
        assertThatThrownBy(() -> environment().render("{{ env_var('DBT_ROLE_ARN') }}", "profiles.yml", 0, new RecordingScope("demo", false)))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml:1: Env var required but not provided: 'DBT_ROLE_ARN'");
    }
}
