package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One {@code source('source_name', 'table_name')} call. */
public record SourceCall(String sourceName, String tableName) {
    public SourceCall {
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(tableName, "tableName is null");
    }

    public List<String> asList() {
        return List.of(sourceName, tableName);
    }

    public String display() {
        return "source('" + sourceName + "', '" + tableName + "')";
    }
}
