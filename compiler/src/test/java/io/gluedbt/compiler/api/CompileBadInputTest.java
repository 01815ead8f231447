package io.gluedbt.compiler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code bad-input/compile-*} case fails in open, select or compile with its expected error code and
 * message (see bad-input/README.md). Each case runs on a copy of its directory, so nothing is written into the
 * test resources.
 */
class CompileBadInputTest {
    private static final Path CASES = Path.of("src", "test", "resources", "bad-input").toAbsolutePath();
    private static final String KIND_PREFIX = "compile-";

    @TempDir
    Path temporary;

    static Stream<String> cases() throws IOException {
        return caseNames(KIND_PREFIX).stream();
    }

    private static List<String> caseNames(String prefix) throws IOException {
        try (Stream<Path> children = Files.list(CASES)) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void theCorpusIsLargeEnough() throws IOException {
        assertThat(caseNames(KIND_PREFIX)).hasSizeGreaterThanOrEqualTo(14);
        assertThat(caseNames(KIND_PREFIX).size() + caseNames("loader-").size()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedCodeAndMessage(String caseName) throws IOException {
        Path directory = copy(CASES.resolve(caseName), temporary.resolve(caseName));
        List<String> expected = Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8);
        ErrorCode code = ErrorCode.valueOf(expected.get(0).strip());
        String message = expected.get(1).replace("{dir}", directory.toString());
        boolean substring = expected.size() > 2 && expected.get(2).strip().equals("contains");
        LoadOptions options = options(directory, temporary.resolve("home"));

        var assertion = assertThatThrownBy(() -> {
            ProjectSession session = ProjectSession.open(options);
            session.compile(session.select(SelectionRequest.all()), CatalogView.offline(), RunMode.INCREMENTAL);
        }).isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(code));
        if (substring) {
            assertion.hasMessageContaining(message);
        } else {
            assertion.hasMessage(message);
        }
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

    private static LoadOptions options(Path directory, Path home) throws IOException {
        LoadOptions options = new LoadOptions(directory, null, null, null, Map.of(), home);
        Path arguments = directory.resolve("args.txt");
        if (!Files.exists(arguments)) {
            return options;
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(arguments, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 2);
            switch (key) {
                case "target" -> options = options.withTarget(value);
                case "vars" -> options = options.withCliVars(value);
                case "env" -> environment.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                default -> throw new IllegalArgumentException(arguments + ": unknown option '" + key + "'");
            }
        }
        return options.withEnvironment(environment);
    }
}
