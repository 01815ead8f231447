package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.Map;
import java.util.TreeMap;

/**
 * dbt's {@code env_var(name, default)}: the variable's value when it is set (even when empty), else
 * the default when one is given, else {@link ErrorCode#ENV_VAR_MISSING}
 * ({@code Env var required but not provided: 'DBT_ROLE_ARN'}). Used for dbt_project.yml and
 * profiles.yml at load time and by the Jinja context of models later.
 */
public final class EnvironmentVariables {
    /** dbt's prefix for secrets: allowed in profiles.yml and packages.yml only. */
    public static final String SECRET_PREFIX = "DBT_ENV_SECRET_";

    private final Map<String, String> values;

    private EnvironmentVariables(Map<String, String> values) {
        this.values = values;
    }

    public static EnvironmentVariables of(Map<String, String> environment) {
        requireNonNull(environment, "environment is null");
        return new EnvironmentVariables(Map.copyOf(environment));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or {@code defaultValue} when the variable is not set; null only when both are absent. */
    public String get(String name, String defaultValue) {
        String value = values.get(name);
        return value != null ? value : defaultValue;
    }

    /** The value; ENV_VAR_MISSING at {@code position} (nullable) when it is not set. */
    public String require(String name, SourcePosition position) {
        String value = values.get(name);
        if (value == null) {
            throw missing(name, position);
        }
        return value;
    }

    /** dbt's env_var(): with a non-null default the default is returned, otherwise the variable is required. */
    public String envVar(String name, String defaultValue, SourcePosition position) {
        return defaultValue != null ? get(name, defaultValue) : require(name, position);
    }

    public static GluedbtException missing(String name, SourcePosition position) {
        return new GluedbtException(ErrorCode.ENV_VAR_MISSING, position,
                "Env var required but not provided: '" + name + "'");
    }

    /** Sorted, for diagnostics and for serialising into a run request. */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }
}
