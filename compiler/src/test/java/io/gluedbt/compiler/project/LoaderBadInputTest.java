package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.badinput.BadInputCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code bad-input/loader-*} case fails with its expected error code and message (see bad-input/README.md). */
class LoaderBadInputTest {
    @TempDir
    static Path home;

    static Stream<String> cases() throws IOException {
        List<String> names = BadInputCase.names("loader-");
        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExpectedCodeAndMessage(String caseName) throws IOException {
        BadInputCase badInput = BadInputCase.read(BadInputCase.ROOT.resolve(caseName));
        LoadOptions options = badInput.options(home);
        badInput.assertFails(() -> ProjectLoader.load(options));
    }
}
