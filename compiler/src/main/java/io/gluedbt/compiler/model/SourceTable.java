package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/** One table of a {@code sources:} entry ({@code source.<package>.<source>.<table>}). */
public record SourceTable(
        String uniqueId,
        String packageName,
        String sourceName,
        String name,
        String path,
        String originalFilePath,
        List<String> fqn,
        String database,
        String schema,
        String identifier,
        String relationName,
        String description,
        String sourceDescription,
        String loader,
        String loadedAtField,
        Map<String, Object> freshness,
        Map<String, ColumnInfo> columns,
        Map<String, Object> config,
        Map<String, Object> meta,
        Map<String, Object> sourceMeta,
        List<String> tags) {

    public SourceTable {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(packageName, "packageName is null");
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(name, "name is null");
        fqn = List.copyOf(fqn);
        description = description == null ? "" : description;
        sourceDescription = sourceDescription == null ? "" : sourceDescription;
        loader = loader == null ? "" : loader;
        freshness = freshness == null ? null : OrderedMaps.copy(freshness);
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        config = OrderedMaps.copy(config);
        meta = OrderedMaps.copy(meta);
        sourceMeta = OrderedMaps.copy(sourceMeta);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(config.get("enabled"));
    }
}
