package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code bad-input/loader-*} case fails with its expected error code and message (see bad-input/README.md). */
class LoaderBadInputTest {
    private static final Path CASES = Path.of("src", "test", "resources", "bad-input").toAbsolutePath();
    private static final String KIND_PREFIX = "loader-";

    @TempDir
    static Path home;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> children = Files.list(CASES)) {
            List<String> names = children.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(KIND_PREFIX)).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(10);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedCodeAndMessage(String caseName) throws IOException {
        Path directory = CASES.resolve(caseName);
        List<String> expected = Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8);
        ErrorCode code = ErrorCode.valueOf(expected.get(0).strip());
        String message = expected.get(1).replace("{dir}", directory.toString());
        boolean substring = expected.size() > 2 && expected.get(2).strip().equals("contains");
        LoadOptions options = options(directory);

        var assertion = assertThatThrownBy(() -> ProjectLoader.load(options))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(code));
        if (substring) {
            assertion.hasMessageContaining(message);
        } else {
            assertion.hasMessage(message);
        }
    }

    private static LoadOptions options(Path directory) throws IOException {
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
                case "profiles-dir" -> options = options.withProfilesDir(directory.resolve(value));
                case "env" -> environment.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                default -> throw new IllegalArgumentException(arguments + ": unknown option '" + key + "'");
            }
        }
        return options.withEnvironment(environment);
    }
}
