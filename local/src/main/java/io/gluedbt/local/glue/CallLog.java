package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The requests an endpoint answered, in arrival order; thread-safe. */
public final class CallLog {
    private final List<EndpointCall> calls = new ArrayList<>();

    CallLog() {}

    synchronized void record(EndpointCall call) {
        calls.add(requireNonNull(call, "call is null"));
    }

    /** Every call so far, oldest first. */
    public synchronized List<EndpointCall> all() {
        return List.copyOf(calls);
    }

    /** Calls of {@code operation} (e.g. {@code RunStatement}), including those answered with an error. */
    public synchronized long count(String operation) {
        requireNonNull(operation, "operation is null");
        return calls.stream().filter(call -> call.operation().equals(operation)).count();
    }

    /** Calls of {@code operation} answered without an error. */
    public synchronized long successes(String operation) {
        requireNonNull(operation, "operation is null");
        return calls.stream().filter(call -> call.operation().equals(operation) && call.errorType().isEmpty()).count();
    }

    /** Calls per operation, by operation name. */
    public synchronized Map<String, Long> countsByOperation() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach(call -> counts.merge(call.operation(), 1L, Long::sum));
        return counts;
    }

    /** Calls answered with {@code errorType} (e.g. {@code ThrottlingException}). */
    public synchronized long errors(String errorType) {
        requireNonNull(errorType, "errorType is null");
        return calls.stream().filter(call -> call.errorType().equals(Optional.of(errorType))).count();
    }

    /** Sessions created successfully. */
    public synchronized long sessionsCreated() {
        return successes("CreateSession");
    }

    /** Distinct sessions stopped or deleted successfully. */
    public synchronized long sessionsEnded() {
        return calls.stream()
                .filter(call -> (call.operation().equals("StopSession") || call.operation().equals("DeleteSession"))
                        && call.errorType().isEmpty())
                .map(EndpointCall::sessionId).flatMap(Optional::stream).distinct().count();
    }

    /** Forgets every call (between test cases). */
    public synchronized void clear() {
        calls.clear();
    }
}
