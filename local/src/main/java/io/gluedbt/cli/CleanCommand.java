package io.gluedbt.cli;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gluedbt clean}: deletes the project's clean-targets (never anything outside the project). */
@Command(name = "clean", description = "Delete the directories listed in clean-targets (default: target).")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        LoadedProject loaded = ProjectLoader.load(project.toLoadOptions());
        Path root = loaded.root().root().toAbsolutePath().normalize();
        var targets = loaded.root().cleanTargets().isEmpty() ? java.util.List.of(loaded.root().targetPath()) : loaded.root().cleanTargets();
        for (String name : targets) {
            Path directory = root.resolve(name).normalize();
            if (!directory.startsWith(root) || directory.equals(root)) {
                throw new GluedbtException(ErrorCode.PROJECT_INVALID, "dbt_project.yml: clean-targets entry '" + name + "' is outside the project; refusing to delete it");
            }
            if (Files.exists(directory)) {
                delete(directory);
                Console.info(System.out, "Cleaned " + root.relativize(directory) + "/");
            }
        }
        Console.info(System.out, "Finished cleaning all paths.");
        return 0;
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException exception) {
                    throw new UncheckedIOException(exception);
                }
            });
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
