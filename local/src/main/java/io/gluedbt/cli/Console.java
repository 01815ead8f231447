package io.gluedbt.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Console lines, as dbt prints them: text ({@code 12:00:01  message}) by default, or one JSON object per
 * line when {@code DBT_LOG_FORMAT=json} (or {@code GLUEDBT_LOG_FORMAT=json}) is set, for log shippers.
 */
final class Console {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean JSON_FORMAT = "json".equalsIgnoreCase(System.getenv().getOrDefault("GLUEDBT_LOG_FORMAT",
            System.getenv().getOrDefault("DBT_LOG_FORMAT", "text")));

    private Console() {}

    /** Where template log() output goes: INFO and WARN to the console as dbt shows them; DEBUG dropped. */
    static io.gluedbt.compiler.jinja.builtins.JinjaLogSink templateLog() {
        return (level, message) -> {
            switch (level) {
                case INFO -> info(System.out, message);
                case WARN -> event(System.err, "warn", "[WARNING]: " + message, Map.of());
                default -> { }
            }
        };
    }

    static void info(PrintStream out, String message) {
        event(out, "info", message, Map.of());
    }

    /** A line with structured fields (node id, status, timing): the fields show only in JSON format. */
    static void event(PrintStream out, String level, String message, Map<String, Object> fields) {
        if (!JSON_FORMAT) {
            out.println(LocalTime.now().format(TIME) + "  " + message);
            return;
        }
        if (message.isEmpty() && fields.isEmpty()) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ts", Instant.now().toString());
        line.put("level", level);
        line.put("msg", message);
        line.putAll(fields);
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException exception) {
            out.println(message);
        }
    }
}
