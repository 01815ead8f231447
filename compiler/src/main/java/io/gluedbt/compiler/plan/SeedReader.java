package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a seed's CSV text. The default reads {@code <root>/<original_file_path>}; a caller that knows where
 * package seeds live (or reads a project zip) supplies its own.
 */
@FunctionalInterface
public interface SeedReader {
    String read(Node seed);

    /** Reads {@code root.resolve(seed.originalFilePath())} as UTF-8. */
    static SeedReader fromDirectory(Path root) {
        return seed -> {
            Path file = root.resolve(seed.originalFilePath());
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException exception) {
                throw new GluedbtException(ErrorCode.SEED_INVALID, SourcePosition.fileOnly(seed.originalFilePath()),
                        "cannot read seed file " + file + ": " + exception.getMessage(), exception);
            }
        };
    }
}
