package io.gluedbt.cli;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** dbt-style console lines: {@code 12:00:01  message}. */
final class Console {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {}

    /** Where template log() output goes: INFO and WARN to the console as dbt shows them; DEBUG dropped. */
    static io.gluedbt.compiler.jinja.builtins.JinjaLogSink templateLog() {
        return (level, message) -> {
            switch (level) {
                case INFO -> info(System.out, message);
                case WARN -> info(System.err, "[WARNING]: " + message);
                default -> { }
            }
        };
    }

    static void info(PrintStream out, String message) {
        out.println(LocalTime.now().format(TIME) + "  " + message);
    }
}
