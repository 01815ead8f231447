package io.gluedbt.compiler.jinja;

import static java.util.Objects.requireNonNull;

/** A file whose macros the environment loads: its package, its project-relative path and its text. */
public record MacroFile(String packageName, String displayPath, String text) {
    public MacroFile {
        requireNonNull(packageName, "packageName is null");
        requireNonNull(displayPath, "displayPath is null");
        requireNonNull(text, "text is null");
    }
}
