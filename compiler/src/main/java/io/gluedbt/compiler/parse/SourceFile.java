package io.gluedbt.compiler.parse;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.project.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a project under one of its resource paths.
 *
 * @param resourceRoot the configured resource path it was found under ("models")
 * @param pathInResource path below that root ("silver/silver_avg_metrics.sql")
 */
public record SourceFile(Project project, String resourceRoot, String pathInResource, Path absolutePath, String text) {
    public SourceFile {
        requireNonNull(project, "project is null");
        requireNonNull(resourceRoot, "resourceRoot is null");
        requireNonNull(pathInResource, "pathInResource is null");
        requireNonNull(text, "text is null");
    }

    /** Path relative to the project root: "models/silver/silver_avg_metrics.sql". */
    public String originalFilePath() {
        return resourceRoot.isEmpty() ? pathInResource : resourceRoot + "/" + pathInResource;
    }

    /** Path as printed in messages, relative to the root project ("dbt_packages/x/models/a.sql"). */
    public String displayPath() {
        return project.displayPath(originalFilePath());
    }

    /** File name without extension. */
    public String baseName() {
        String name = pathInResource.substring(pathInResource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Directories between the resource root and the file. */
    public List<String> directories() {
        int slash = pathInResource.lastIndexOf('/');
        return slash < 0 ? List.of() : List.of(pathInResource.substring(0, slash).split("/"));
    }

    public String extension() {
        int dot = pathInResource.lastIndexOf('.');
        return dot < 0 ? "" : pathInResource.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
