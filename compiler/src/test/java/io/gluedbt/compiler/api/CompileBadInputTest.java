package io.gluedbt.compiler.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.badinput.BadInputCase;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.project.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code bad-input/compile-*} case fails in open, select or compile with its expected error code and
 * message (see bad-input/README.md). Each case runs on a copy of its directory, so nothing is written into the
 * test resources, and nothing may be written into the copy either.
 */
class CompileBadInputTest {
    private static final String KIND_PREFIX = "compile-";

    @TempDir
    Path temporary;

    static Stream<String> cases() throws IOException {
        return BadInputCase.names(KIND_PREFIX).stream();
    }

    @Test
    void theCorpusIsLargeEnough() throws IOException {
        assertThat(BadInputCase.names(KIND_PREFIX)).hasSizeGreaterThanOrEqualTo(14);
        assertThat(BadInputCase.names(KIND_PREFIX).size() + BadInputCase.names("loader-").size()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedCodeAndMessage(String caseName) throws IOException {
        Path directory = copy(BadInputCase.ROOT.resolve(caseName), temporary.resolve(caseName));
        BadInputCase badInput = BadInputCase.read(directory);
        LoadOptions options = badInput.options(temporary.resolve("home"));
        badInput.assertFails(() -> {
            ProjectSession session = ProjectSession.open(options);
            session.compile(session.select(SelectionRequest.all()), CatalogView.offline(), RunMode.INCREMENTAL);
        });
        assertThat(directory.resolve("target")).doesNotExist();
    }

    private static Path copy(Path source, Path destination) throws IOException {
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
