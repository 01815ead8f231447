package io.gluedbt.compiler.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A throwaway dbt project on disk for one conformance test: its own schema, its own files. */
public final class ConformanceProject {
    /** Rows of batch 1: ids 1-3; batch 2 adds id 4 and renames id 2 (TWO), so merges and overwrites show. */
    public static final String SOURCE_ROWS = """
            {{ config(materialized='table') }}
            select * from values
                (1, 'one', 10.0, 'p1'),
                (2, '{{ 'TWO' if var('batch', 1) == 2 else 'two' }}', 20.0, 'p1'),
                (3, 'three', 30.0, 'p2')
                {% if var('batch', 1) == 2 %}, (4, 'four', 40.0, 'p2'){% endif %}
                as t(id, name, amount, part)
            """;

    private final Path directory;
    private final String schema;

    private ConformanceProject(Path directory, String schema) {
        this.directory = directory;
        this.schema = schema;
    }

    static ConformanceProject create(Path parent, String schema, String profileOutput, Map<String, String> files) {
        Path directory = parent.resolve(schema);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("dbt_project.yml"), """
                    name: conformance
                    version: '1.0'
                    config-version: 2
                    profile: conformance
                    """);
            Files.writeString(directory.resolve("profiles.yml"), "conformance:\n  target: engine\n  outputs:\n    engine:\n"
                    + profileOutput.replace("${schema}", schema).indent(6));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return new ConformanceProject(directory, schema);
    }

    public Path directory() {
        return directory;
    }

    public String schema() {
        return schema;
    }
}
