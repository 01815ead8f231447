package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/** A documented column from schema.yml. */
public record ColumnInfo(String name, String description, String dataType, Map<String, Object> meta, List<String> tags, Boolean quote) {
    public ColumnInfo {
        requireNonNull(name, "name is null");
        description = description == null ? "" : description;
        meta = meta == null ? Map.of() : OrderedMaps.copy(meta);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
