package io.gluedbt.compiler.parse;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.model.OrderedMaps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a schema.yml entry adds to a model, seed, snapshot, analysis or macro: description, columns,
 * config, and where it was written ({@code patchPath} as dbt spells it: {@code project://models/x.yml}).
 */
record Patch(String resourceKey, String name, String description, Map<String, ColumnInfo> columns, Map<String, Object> config,
        String patchPath, SourcePosition position) {
    Patch {
        requireNonNull(resourceKey, "resourceKey is null");
        requireNonNull(name, "name is null");
        description = description == null ? "" : description;
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        config = OrderedMaps.copy(config);
    }
}
