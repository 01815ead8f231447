package io.gluedbt.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directory trees on local disk: deleting one, copying a project without its {@code target/}. */
public final class Directories {
    private Directories() {}

    /** Deletes {@code directory} and everything below it; nothing when it does not exist. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot delete " + directory, exception);
        }
    }

    /** Copies the project at {@code source} to {@code target}, leaving out its {@code target/} (build output), replacing files. */
    public static Path copyProject(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.filter(path -> !source.relativize(path).startsWith("target")).toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, exception);
        }
        return target;
    }
}
