package io.gluedbt.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the prelude's one {@code GLUEDBT_RESULT <json>} line from a statement's output: per statement
 * {@code {rows_affected, columns, types, rows}}, and {@code {failed_index, error_class, message, traceback}} when
 * a statement failed.
 */
final class ResultDecoder {
    static final String MARKER = "GLUEDBT_RESULT ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OUTPUT_EXCERPT = 2_000;

    private ResultDecoder() {}

    /** The decoded outcomes and failure, or empty when the output has no result line (the prelude did not run). */
    static Optional<Decoded> decode(String output) {
        String text = output == null ? "" : output;
        for (String line : text.split("\\R")) {
            if (line.startsWith(MARKER)) {
                try {
                    return Optional.of(decode(JSON.readTree(line.substring(MARKER.length()))));
                } catch (java.io.IOException exception) {
                    throw new IllegalStateException("the GLUEDBT_RESULT line is not JSON: " + exception.getMessage(), exception);
                }
            }
        }
        return Optional.empty();
    }

    static String excerpt(String output) {
        String text = output == null ? "" : output.strip();
        return text.length() <= OUTPUT_EXCERPT ? text : text.substring(0, OUTPUT_EXCERPT) + "...";
    }

    private static Decoded decode(JsonNode root) {
        List<StatementOutcome> outcomes = new ArrayList<>();
        for (JsonNode result : root.path("results")) {
            List<String> columns = new ArrayList<>();
            result.path("columns").forEach(column -> columns.add(column.asText()));
            JsonNode types = result.path("types");
            List<List<Object>> rows = new ArrayList<>();
            for (JsonNode row : result.path("rows")) {
                List<Object> values = new ArrayList<>();
                for (int index = 0; index < row.size(); index++) {
                    values.add(SparkJsonValues.value(types.path(index), row.get(index)));
                }
                rows.add(values);
            }
            outcomes.add(new StatementOutcome(result.path("rows_affected").asLong(-1), columns, rows));
        }
        JsonNode failure = root.path("failure");
        Optional<StatementFailure> failed = failure.isObject()
                ? Optional.of(new StatementFailure(failure.path("failed_index").asInt(outcomes.size()),
                        failure.path("error_class").asText("PythonError"), failure.path("message").asText("")))
                : Optional.empty();
        String traceback = failure.isObject() ? failure.path("traceback").asText("") : "";
        return new Decoded(List.copyOf(outcomes), failed, traceback);
    }

    /** One node's decoded result; {@code traceback} is the Python traceback of the failure, for logs. */
    record Decoded(List<StatementOutcome> outcomes, Optional<StatementFailure> failure, String traceback) {}
}
