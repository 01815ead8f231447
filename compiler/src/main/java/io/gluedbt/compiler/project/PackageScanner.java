package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installed packages: every directory directly under the root project's packages-install-path
 * ({@code dbt_packages/} by default) that holds a dbt_project.yml, sorted by project name. Two
 * packages with one name, or a package named like the root project, is PACKAGE_INVALID.
 */
final class PackageScanner {
    private PackageScanner() {}

    static List<Project> scan(Project root, ConfigRenderer renderer) {
        Path installDirectory = root.root().resolve(root.packagesInstallPath()).normalize();
        if (!Files.isDirectory(installDirectory)) {
            return List.of();
        }
        List<Path> directories;
        try (Stream<Path> children = Files.list(installDirectory)) {
            directories = children.filter(Files::isDirectory)
                    .filter(directory -> Files.isRegularFile(directory.resolve(ProjectFile.FILE_NAME)))
                    .sorted(Comparator.comparing(directory -> directory.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new GluedbtException(ErrorCode.PACKAGE_INVALID, SourcePosition.fileOnly(root.packagesInstallPath()),
                    "cannot list installed packages: " + e.getMessage(), e);
        }
        Map<String, Project> byName = new LinkedHashMap<>();
        for (Path directory : directories) {
            String relativeRoot = root.packagesInstallPath().replace('\\', '/').replaceAll("/+$", "") + "/" + directory.getFileName();
            ProjectFile file = ProjectFile.read(directory, relativeRoot);
            Project project = file.build(renderer);
            SourcePosition position = SourcePosition.of(file.displayPath(), file.nameLine());
            if (project.name().equals(root.name())) {
                throw new GluedbtException(ErrorCode.PACKAGE_INVALID, position,
                        "package '" + project.name() + "' has the same name as the root project: rename one of them");
            }
            Project previous = byName.putIfAbsent(project.name(), project);
            if (previous != null) {
                throw new GluedbtException(ErrorCode.PACKAGE_INVALID, position,
                        "package name '" + project.name() + "' is used by both " + previous.relativeRoot() + " and "
                                + project.relativeRoot() + ": remove one of them (then run deps again)");
            }
        }
        List<Project> packages = new ArrayList<>(byName.values());
        packages.sort(Comparator.comparing(Project::name));
        return packages;
    }
}
