package io.gluedbt.cli;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** dbt-style console lines: {@code 12:00:01  message}. */
final class Console {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {}

    static void info(PrintStream out, String message) {
        out.println(LocalTime.now().format(TIME) + "  " + message);
    }
}
