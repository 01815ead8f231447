package io.gluedbt.compiler.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.LoadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * One fixture of {@code src/test/resources/bad-input} (layout in its README): the project directory, the
 * expected error code and message ({@code {dir}} stands for the directory), and the load options of args.txt.
 */
public record BadInputCase(Path directory, ErrorCode code, String message, boolean substring) {
    public static final Path ROOT = Path.of("src", "test", "resources", "bad-input").toAbsolutePath();

    /** The case directory names of one kind ("loader-", "compile-"), sorted. */
    public static List<String> names(String prefix) throws IOException {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(prefix)).sorted().toList();
        }
    }

    public static BadInputCase read(Path directory) throws IOException {
        List<String> expected = Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8);
        return new BadInputCase(directory, ErrorCode.valueOf(expected.get(0).strip()), expected.get(1).replace("{dir}", directory.toString()),
                expected.size() > 2 && expected.get(2).strip().equals("contains"));
    }

    /** Options with an empty environment and {@code home} as the user's home, plus what args.txt sets. */
    public LoadOptions options(Path home) throws IOException {
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

    /** Asserts that the call fails with exactly this case's code and message. */
    public void assertFails(ThrowingCallable call) {
        var assertion = assertThatThrownBy(call).isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(code));
        if (substring) {
            assertion.hasMessageContaining(message);
        } else {
            assertion.hasMessage(message);
        }
    }
}
