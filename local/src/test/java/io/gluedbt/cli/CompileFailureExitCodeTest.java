package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user error in compile exits 1 with the file:line message on stderr and writes no artifacts. */
class CompileFailureExitCodeTest {
    private static final Path FIXTURE = Path.of("..", "compiler", "src", "test", "resources", "bad-input", "compile-raise-when-executing")
            .toAbsolutePath().normalize();

    @TempDir
    Path temporary;

    @Test
    void aCompilerErrorExitsOneWithTheMessageAndWritesNothing() throws IOException {
        Path project = copy(FIXTURE, temporary.resolve("project"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream originalErrors = System.err;
        PrintStream originalOutput = System.out;
        int exitCode;
        try {
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            exitCode = GluedbtCommand.execute("compile", "--project-dir", project.toString(), "--profiles-dir", project.toString());
        } finally {
            System.setErr(originalErrors);
            System.setOut(originalOutput);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Error 1013 COMPILER_ERROR: models/orders_in_usd.sql:7: no exchange rate for EUR: add it to rates" + System.lineSeparator());
        assertThat(project.resolve("target").resolve("manifest.json")).doesNotExist();
        assertThat(project.resolve("target").resolve("compiled")).doesNotExist();
    }

    private static Path copy(Path source, Path destination) throws IOException {
        assertThat(source.resolve("dbt_project.yml")).exists();
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, destination.resolve(source.relativize(file).toString()));
                } catch (IOException exception) {
                    throw new UncheckedIOException(exception);
                }
            });
        }
        return destination;
    }
}
