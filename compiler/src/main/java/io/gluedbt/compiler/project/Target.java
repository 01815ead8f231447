package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.Map;

/**
 * The selected output of the selected profile, values rendered ({@code env_var} resolved).
 * {@code values} keeps every key of the output as written (role_arn, location, conf, ...).
 * Glue semantics: database equals schema. {@code unresolved} holds, per key, the error of a value whose
 * {@code env_var()} had no value: reported when the value is used ({@link #requireValue}), not at load.
 */
public record Target(
        String profileName,
        String name,
        String type,
        String schema,
        String database,
        int threads,
        Map<String, Object> values,
        String profilesFile,
        Map<String, String> unresolved) {

    public Target {
        requireNonNull(profileName, "profileName is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(schema, "schema is null");
        database = database == null ? schema : database;
        values = OrderedMaps.copy(values);
        unresolved = unresolved == null ? Map.of() : Map.copyOf(unresolved);
    }

    /**
     * A value the engine needs, e.g. {@code role_arn}: fails with the deferred {@code env_var} error when its
     * environment variable was not set. Offline commands (parse, compile, ls) never ask, so they need no credentials.
     */
    public Object requireValue(String key) {
        String error = unresolved.get(key);
        if (error != null) {
            throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.ENV_VAR_MISSING, error);
        }
        return values.get(key);
    }

    public String stringValue(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
