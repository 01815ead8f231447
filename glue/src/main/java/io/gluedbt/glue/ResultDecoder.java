package io.gluedbt.glue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the prelude's one result line from a statement's output. One node prints {@code GLUEDBT_RESULT <json>}:
 * per statement {@code {rows_affected, columns, types, rows}}, and {@code {failed_index, error_class, message,
 * traceback}} when a statement failed. Several nodes run at once print {@code GLUEDBT_RESULTS <json>}:
 * {@code {"nodes": [{"id", "results", "failure", "seconds"}]}}, each node's part shaped as one node's line plus its
 * own wall seconds.
 */
final class ResultDecoder {
    static final String MARKER = "GLUEDBT_RESULT ";
    static final String MANY_MARKER = "GLUEDBT_RESULTS ";
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
                } catch (IOException exception) {
                    throw new IllegalStateException("the GLUEDBT_RESULT line is not JSON: " + exception.getMessage(), exception);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One decoded result per node id, in the order of {@code nodeIds}, from the {@code GLUEDBT_RESULTS} line; fails
     * with a {@link ProtocolException} naming what is missing when there is no such line, it is not JSON, or it
     * lacks one of the node ids.
     */
    static List<NodeDecoded> decodeMany(String output, List<String> nodeIds) {
        String text = output == null ? "" : output;
        for (String line : text.split("\\R")) {
            if (line.startsWith(MANY_MARKER)) {
                return decodeMany(line.substring(MANY_MARKER.length()), nodeIds, text);
            }
        }
        throw new ProtocolException("the Glue statement printed no " + MANY_MARKER.strip() + " line; its output: " + excerpt(text));
    }

    static String excerpt(String output) {
        String text = output == null ? "" : output.strip();
        return text.length() <= OUTPUT_EXCERPT ? text : text.substring(0, OUTPUT_EXCERPT) + "...";
    }

    private static List<NodeDecoded> decodeMany(String json, List<String> nodeIds, String output) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException exception) {
            throw new ProtocolException("the " + MANY_MARKER.strip() + " line is not JSON (" + exception.getOriginalMessage() + "); its output: "
                    + excerpt(output));
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        root.path("nodes").forEach(node -> byId.putIfAbsent(node.path("id").asText(), node));
        List<String> missing = nodeIds.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ProtocolException("the " + MANY_MARKER.strip() + " line has no result for node " + String.join(", ", missing) + "; its output: "
                    + excerpt(output));
        }
        return nodeIds.stream().map(id -> new NodeDecoded(id, decode(byId.get(id)), byId.get(id).path("seconds").asDouble(0))).toList();
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

    /** One node's decoded part of a {@code GLUEDBT_RESULTS} line, with the node's own wall seconds. */
    record NodeDecoded(String nodeId, Decoded decoded, double seconds) {}

    /** The statement's output breaks the prelude's protocol: the message names what is missing. */
    static final class ProtocolException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }
}
