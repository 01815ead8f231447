package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A macro ({@code macro.<package>.<name>}); {@code {% test x %}} blocks become {@code test_x}. */
public record Macro(
        String uniqueId,
        String packageName,
        String name,
        String path,
        String originalFilePath,
        int line,
        String macroSql,
        List<String> arguments,
        List<String> dependsOnMacros) {

    public Macro {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(packageName, "packageName is null");
        requireNonNull(name, "name is null");
        requireNonNull(macroSql, "macroSql is null");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        dependsOnMacros = dependsOnMacros == null ? List.of() : List.copyOf(dependsOnMacros);
    }
}
