package io.gluedbt.compiler.error;

import static java.util.Objects.requireNonNull;

/**
 * A place in a project file: a path relative to the project root (as dbt prints it), a 1-based line
 * (0 when unknown) and a 1-based column (0 when unknown).
 */
public record SourcePosition(String file, int line, int column) {
    public SourcePosition {
        requireNonNull(file, "file is null");
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    public static SourcePosition fileOnly(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
