package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.Map;

/**
 * The selected output of the selected profile, values rendered ({@code env_var} resolved).
 * {@code values} keeps every key of the output as written (role_arn, location, conf, ...).
 * Glue semantics: database equals schema.
 */
public record Target(
        String profileName,
        String name,
        String type,
        String schema,
        String database,
        int threads,
        Map<String, Object> values,
        String profilesFile) {

    public Target {
        requireNonNull(profileName, "profileName is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(schema, "schema is null");
        database = database == null ? schema : database;
        values = OrderedMaps.copy(values);
    }

    public String stringValue(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
