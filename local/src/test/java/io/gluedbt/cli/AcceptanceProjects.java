package io.gluedbt.cli;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.project.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository's acceptance projects (the blog's NYC taxi project and the feature project), copied to a
 * scratch directory and compiled in-process exactly as {@code gluedbt compile} does, with an empty
 * environment so that nothing from the developer's shell leaks into the result.
 */
record AcceptanceProjects(Path repositoryRoot) {
    private static final Set<String> BUILD_OUTPUTS = Set.of("target", "logs", ".venv");

    AcceptanceProjects {
        requireNonNull(repositoryRoot, "repositoryRoot is null");
    }

    /** The nearest directory at or above the working directory holding {@code oracle/setup.sh} and {@code compiler/pom.xml}. */
    static AcceptanceProjects locate() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("oracle/setup.sh")) && Files.isRegularFile(directory.resolve("compiler/pom.xml"))) {
                return new AcceptanceProjects(directory);
            }
        }
        throw new IllegalStateException("repository root (with oracle/setup.sh and compiler/pom.xml) not found above " + Path.of("").toAbsolutePath());
    }

    /** The blog's project; its profiles live in {@code profiles/} and {@code profiles/iceberg/} inside it. */
    Path nycTaxiDemo() {
        return repositoryRoot.resolve("examples/nyc_taxi_demo");
    }

    /** The feature project; its profiles.yml is inside it. */
    Path features() {
        return repositoryRoot.resolve("compiler/src/test/resources/projects/features");
    }

    Path oracleDirectory() {
        return repositoryRoot.resolve("oracle");
    }

    /** Copies {@code project} (without target/, logs/, .venv/) to {@code destination}, which must not exist yet. */
    static Path copy(Path project, Path destination) {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(path -> !isBuildOutput(project.relativize(path))).toList()) {
                Path copy = destination.resolve(project.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return destination;
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        return relative.getNameCount() > 0 && BUILD_OUTPUTS.contains(relative.getName(0).toString());
    }

    /**
     * Compiles every node of the project (no selection, offline catalog, incremental run mode) and writes
     * target/compiled and target/manifest.json into the project; returns the target directory.
     */
    static Path compile(Path project, Path profilesDirectory, String target) {
        LoadOptions options = LoadOptions.forProject(project)
                .withProfilesDir(profilesDirectory)
                .withTarget(target)
                .withEnvironment(Map.of());
        ProjectSession session = ProjectSession.open(options);
        CompileResult compiled = session.compile(session.select(SelectionRequest.all()), CatalogView.offline(), RunMode.INCREMENTAL);
        session.writeArtifacts(compiled);
        return session.targetDirectory();
    }

    /** Every regular file under {@code directory}, as sorted '/'-separated relative paths. */
    static List<String> relativeFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
