package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Lists a project's files under its resource paths, sorted, with the extensions dbt reads there. */
final class ProjectFiles {
    private ProjectFiles() {}

    static List<SourceFile> list(Project project, List<String> resourcePaths, Set<String> extensions) {
        List<SourceFile> files = new ArrayList<>();
        for (String resourcePath : resourcePaths) {
            Path root = project.root().resolve(resourcePath).normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> paths = walk.filter(Files::isRegularFile)
                        .filter(path -> extensions.contains(extension(path)))
                        .sorted()
                        .toList();
                for (Path path : paths) {
                    String relative = root.relativize(path).toString().replace('\\', '/');
                    files.add(new SourceFile(project, trimSlashes(resourcePath), relative, path, read(project, path)));
                }
            } catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }
        return files;
    }

    private static String trimSlashes(String path) {
        String trimmed = path.replace('\\', '/');
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.equals(".") ? "" : trimmed;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String read(Project project, Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException exception) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, project.displayPath(project.root().relativize(path).toString()) + ": file is not valid UTF-8");
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
