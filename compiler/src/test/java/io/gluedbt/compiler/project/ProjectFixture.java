package io.gluedbt.compiler.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes small projects into a temporary directory and builds LoadOptions that never see the real home or env. */
final class ProjectFixture {
    final Path directory;

    ProjectFixture(Path directory) {
        this.directory = directory;
    }

    ProjectFixture write(String relativePath, String content) {
        Path path = directory.resolve(relativePath);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path project() {
        return directory.resolve("project");
    }

    /** Options for {@code project/}, an empty environment and {@code home/} as the user's home. */
    LoadOptions options() {
        return new LoadOptions(project(), null, null, null, Map.of(), directory.resolve("home"));
    }

    static String profile(String profileName, String schema) {
        return profileName + ":\n  target: dev\n  outputs:\n    dev:\n      type: glue\n      schema: " + schema + "\n";
    }
}
