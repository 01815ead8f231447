package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the harness (statemachine/harness/run.mjs) printed for one execution: its status, output or error and cause,
 * and per execution (parent and children) the history-event count as Step Functions would record it and the largest
 * state payload; over all of them, the state transitions (StateEntered events) and history events.
 */
record ExecutionReport(String status, JsonNode output, String error, String cause, int maxAwsHistoryEvents, int largestPayloadBytes,
        JsonNode executions, long stateTransitions, long awsHistoryEvents) {
    ExecutionReport {
        requireNonNull(status, "status is null");
    }

    static ExecutionReport of(JsonNode json) {
        return new ExecutionReport(json.get("status").asText(), json.get("output"), text(json, "error"), text(json, "cause"),
                json.get("maxAwsHistoryEvents").asInt(), json.get("largestPayloadBytes").asInt(), json.get("executions"),
                json.path("stateTransitions").asLong(), json.path("awsHistoryEvents").asLong());
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }
}
