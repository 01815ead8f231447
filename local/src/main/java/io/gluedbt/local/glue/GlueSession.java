package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Glue interactive session: its CreateSession request, status, statements and Python worker. Every
 * method is synchronized; the worker itself is driven outside the lock.
 */
final class GlueSession {
    enum Status { PROVISIONING, READY, FAILED, TIMEOUT, STOPPING, STOPPED }

    /** Glue's default IdleTimeout for glueetl sessions, in minutes. */
    static final int DEFAULT_IDLE_TIMEOUT = 2880;

    private final String id;
    private final ObjectNode request;
    private final Map<String, String> arguments;
    private final long createdOnMillis;
    private final long createdNanos;
    private final int idleTimeoutMinutes;
    private final List<GlueStatement> statements = new ArrayList<>();
    private Status status = Status.PROVISIONING;
    private String errorMessage = "";
    private long completedOnMillis;
    private long readyMillis;
    private long endedMillis;
    private long lastActivityNanos;
    private PythonWorker worker;

    GlueSession(String id, ObjectNode request, long createdOnMillis, long nowNanos) {
        this.id = requireNonNull(id, "id is null");
        this.request = requireNonNull(request, "request is null").deepCopy();
        this.createdOnMillis = createdOnMillis;
        this.lastActivityNanos = nowNanos;
        this.createdNanos = nowNanos;
        this.idleTimeoutMinutes = request.path("IdleTimeout").asInt(DEFAULT_IDLE_TIMEOUT);
        Map<String, String> args = new LinkedHashMap<>();
        request.path("DefaultArguments").fields().forEachRemaining(entry -> args.put(entry.getKey(), entry.getValue().asText()));
        if (!args.containsKey("--SESSION_ID") && !args.containsKey("SESSION_ID")) {
            args.put("--SESSION_ID", id);
        }
        this.arguments = args;
    }

    String id() {
        return id;
    }

    /** DefaultArguments plus {@code --SESSION_ID}: the worker's sys.argv, in request order. */
    Map<String, String> arguments() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** When CreateSession created it, as {@link System#nanoTime()}. */
    long createdNanos() {
        return createdNanos;
    }

    synchronized Status status() {
        return status;
    }

    synchronized boolean isActive() {
        return status == Status.PROVISIONING || status == Status.READY;
    }

    /** The worker is up: READY, unless the session ended meanwhile (then the caller closes {@code started}). */
    synchronized boolean ready(PythonWorker started) {
        if (status != Status.PROVISIONING) {
            return false;
        }
        worker = started;
        status = Status.READY;
        readyMillis = System.currentTimeMillis();
        return true;
    }

    synchronized void failed(String message) {
        if (isActive()) {
            status = Status.FAILED;
            errorMessage = message;
            completedOnMillis = System.currentTimeMillis();
            endedNow();
        }
    }

    /** Ends the session in {@code finalStatus}; returns the worker to close, if any. */
    synchronized Optional<PythonWorker> end(Status finalStatus) {
        if (status == Status.PROVISIONING || status == Status.READY || status == Status.STOPPING) {
            status = finalStatus;
            completedOnMillis = System.currentTimeMillis();
            endedNow();
        }
        PythonWorker ended = worker;
        worker = null;
        return Optional.ofNullable(ended);
    }

    synchronized void stopping() {
        if (isActive()) {
            status = Status.STOPPING;
            endedNow();
        }
    }

    /** Its usage so far, for billing. */
    synchronized SessionUsage usage() {
        OptionalLong firstStart = statements.isEmpty() || statements.get(0).startedOnMillis() == 0
                ? OptionalLong.empty() : OptionalLong.of(statements.get(0).startedOnMillis());
        OptionalLong lastEnd = statements.stream().mapToLong(GlueStatement::completedOnMillis).filter(millis -> millis > 0).max();
        return new SessionUsage(id, createdOnMillis, optional(readyMillis), optional(endedMillis), idleTimeoutMinutes,
                SessionCapacity.dpus(request), statements.size(), firstStart, lastEnd);
    }

    private void endedNow() {
        if (endedMillis == 0) {
            endedMillis = System.currentTimeMillis();
        }
    }

    private static OptionalLong optional(long epochMillis) {
        return epochMillis == 0 ? OptionalLong.empty() : OptionalLong.of(epochMillis);
    }

    /** A new statement, WAITING; refused unless READY and idle. */
    synchronized GlueStatement newStatement(String code, long nowNanos) {
        if (status != Status.READY) {
            throw GlueServiceException.illegalSessionState("Session " + id + " is in " + status + " state; statements need READY");
        }
        Optional<GlueStatement> running = running();
        if (running.isPresent()) {
            throw GlueServiceException.illegalSessionState("Session " + id + " is busy: statement " + running.get().id()
                    + " is " + running.get().state() + "; a session runs one statement at a time");
        }
        GlueStatement statement = new GlueStatement(statements.size() + 1, code);
        statements.add(statement);
        lastActivityNanos = nowNanos;
        return statement;
    }

    synchronized Optional<GlueStatement> running() {
        return statements.stream().filter(statement -> !statement.isFinished()).findFirst();
    }

    synchronized GlueStatement statement(int statementId) {
        if (statementId < 1 || statementId > statements.size()) {
            throw GlueServiceException.notFound("Statement " + statementId + " not found in session " + id);
        }
        return statements.get(statementId - 1);
    }

    synchronized List<GlueStatement> statements() {
        return List.copyOf(statements);
    }

    synchronized PythonWorker worker() {
        return worker;
    }

    synchronized void touch(long nowNanos) {
        lastActivityNanos = nowNanos;
    }

    /** READY, no statement running, and idle longer than IdleTimeout minutes of {@code minuteNanos} each. */
    synchronized boolean idleTimedOut(long nowNanos, long minuteNanos) {
        return status == Status.READY && running().isEmpty()
                && nowNanos - lastActivityNanos > idleTimeoutMinutes * minuteNanos;
    }

    /** The Glue {@code Session} structure. */
    synchronized ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Id", id);
        node.put("CreatedOn", createdOnMillis / 1000.0);
        node.put("Status", status.name());
        if (!errorMessage.isEmpty()) {
            node.put("ErrorMessage", errorMessage);
        }
        copy("Description", node);
        copy("Role", node);
        ObjectNode command = node.putObject("Command");
        command.put("Name", request.path("Command").path("Name").asText("glueetl"));
        command.put("PythonVersion", request.path("Command").path("PythonVersion").asText("3"));
        ObjectNode defaults = node.putObject("DefaultArguments");
        request.path("DefaultArguments").fields().forEachRemaining(entry -> defaults.set(entry.getKey(), entry.getValue()));
        copy("Connections", node);
        node.put("Progress", status == Status.PROVISIONING ? 0.0 : 100.0);
        copy("MaxCapacity", node);
        copy("SecurityConfiguration", node);
        node.put("GlueVersion", request.path("GlueVersion").asText("5.0"));
        copy("NumberOfWorkers", node);
        copy("WorkerType", node);
        if (completedOnMillis > 0) {
            node.put("CompletedOn", completedOnMillis / 1000.0);
            node.put("ExecutionTime", (completedOnMillis - createdOnMillis) / 1000.0);
        }
        node.put("IdleTimeout", idleTimeoutMinutes);
        return node;
    }

    private void copy(String field, ObjectNode target) {
        JsonNode value = request.get(field);
        if (value != null && !value.isNull()) {
            target.set(field, value.deepCopy());
        }
    }
}
