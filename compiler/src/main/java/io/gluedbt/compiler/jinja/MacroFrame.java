package io.gluedbt.compiler.jinja;

import static java.util.Objects.requireNonNull;

/**
 * One macro call in progress: the macro, the file that defines it (project-relative), the line of the call in
 * the caller's file (0 when unknown), and whether it is one of dbt's built-in macros (whose files the user
 * does not have, so errors inside them are reported at the user's call).
 */
record MacroFrame(String name, String displayPath, int callLine, boolean builtIn) {
    MacroFrame {
        requireNonNull(name, "name is null");
        requireNonNull(displayPath, "displayPath is null");
    }
}
