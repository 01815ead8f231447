package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The interactive-sessions operations: CreateSession ... CancelStatement. Provisioning and statements run on
 * {@code background}; the session's status and statements answer Get/List calls meanwhile.
 */
final class SessionOperations implements AutoCloseable {
    /** RunStatement's {@code Code} limit in the Glue API reference. */
    static final int MAX_CODE_LENGTH = 68_000;

    private final PythonRuntime runtime;
    private final EndpointFaults faults;
    private final ExecutorService background;
    private final WarmWorkers warmWorkers;
    private final Map<String, GlueSession> sessions = new LinkedHashMap<>();
    /** Every session ever created, in creation order (guarded by {@link #sessions}). */
    private final List<GlueSession> created = new ArrayList<>();

    SessionOperations(PythonRuntime runtime, EndpointFaults faults, ExecutorService background, WarmWorkers warmWorkers) {
        this.runtime = requireNonNull(runtime, "runtime is null");
        this.faults = requireNonNull(faults, "faults is null");
        this.background = requireNonNull(background, "background is null");
        this.warmWorkers = requireNonNull(warmWorkers, "warmWorkers is null");
    }

    ObjectNode createSession(JsonNode request) {
        String id = JsonFields.required(request, "Id");
        JsonFields.required(request, "Role");
        if (!request.has("Command")) {
            throw GlueServiceException.invalidInput("1 validation error detected: Value null at 'command' failed to satisfy constraint: Member must not be null");
        }
        GlueSession session = new GlueSession(id, (ObjectNode) request, System.currentTimeMillis(), System.nanoTime());
        synchronized (sessions) {
            if (sessions.containsKey(id)) {
                throw GlueServiceException.alreadyExists("Session " + id + " already exists");
            }
            sessions.put(id, session);
            created.add(session);
        }
        runtime.entryPoint().forget(id);
        runtime.entryPoint().configure(id, session.arguments().getOrDefault("--conf", ""));
        Duration delay = faults.provisioningDelay();
        Optional<PythonWorker> warm = warmWorkers.take();
        background.execute(() -> provision(session, delay, warm));
        return response("Session", session.toJson());
    }

    /** Usage of every session ever created, in creation order. */
    List<SessionUsage> usage() {
        List<GlueSession> all;
        synchronized (sessions) {
            all = new ArrayList<>(created);
        }
        return all.stream().map(GlueSession::usage).toList();
    }

    ObjectNode getSession(JsonNode request) {
        return response("Session", session(JsonFields.required(request, "Id")).toJson());
    }

    ObjectNode listSessions() {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        for (GlueSession session : all()) {
            response.withArray("Ids").add(session.id());
            response.withArray("Sessions").add(session.toJson());
        }
        response.withArray("Ids");
        response.withArray("Sessions");
        return response;
    }

    ObjectNode stopSession(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "Id"));
        session.stopping();
        background.execute(() -> session.end(GlueSession.Status.STOPPED).ifPresent(this::closeWorker));
        return JsonNodeFactory.instance.objectNode().put("Id", session.id());
    }

    ObjectNode deleteSession(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "Id"));
        synchronized (sessions) {
            sessions.remove(session.id());
        }
        session.end(GlueSession.Status.STOPPED).ifPresent(this::closeWorker);
        runtime.entryPoint().forget(session.id());
        return JsonNodeFactory.instance.objectNode().put("Id", session.id());
    }

    ObjectNode runStatement(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "SessionId"));
        String code = JsonFields.required(request, "Code");
        if (code.length() > MAX_CODE_LENGTH) {
            throw GlueServiceException.validation("1 validation error detected: Value at 'code' failed to satisfy constraint: "
                    + "Member must have length less than or equal to " + MAX_CODE_LENGTH);
        }
        GlueStatement statement = session.newStatement(code, System.nanoTime());
        Duration latency = faults.statementLatency();
        Optional<String[]> failure = faults.takeStatementFailure();
        background.execute(() -> run(session, statement, latency, failure));
        return JsonNodeFactory.instance.objectNode().put("Id", statement.id());
    }

    ObjectNode getStatement(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "SessionId"));
        GlueStatement statement = session.statement(JsonFields.requiredInt(request, "Id"));
        synchronized (session) {
            return response("Statement", statement.toJson());
        }
    }

    ObjectNode listStatements(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "SessionId"));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        synchronized (session) {
            session.statements().forEach(statement -> response.withArray("Statements").add(statement.toJson()));
        }
        response.withArray("Statements");
        return response;
    }

    ObjectNode cancelStatement(JsonNode request) {
        GlueSession session = session(JsonFields.required(request, "SessionId"));
        GlueStatement statement = session.statement(JsonFields.requiredInt(request, "Id"));
        boolean interrupt;
        synchronized (session) {
            interrupt = !statement.isFinished() && statement.state() != GlueStatement.State.CANCELLING;
            if (interrupt) {
                statement.cancelling();
            }
        }
        if (interrupt) {
            runtime.entryPoint().javaSparkContext().cancelJobGroup(session.id());
            PythonWorker worker = session.worker();
            if (worker != null) {
                worker.interrupt();
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /** Times out idle sessions and those {@link EndpointFaults#forceTimeout} names. */
    void sweepIdle() {
        long now = System.nanoTime();
        long minute = faults.idleTimeoutMinute().toNanos();
        for (GlueSession session : all()) {
            boolean forced = faults.takeForcedTimeout(session.id()) && session.isActive();
            if (forced || session.idleTimedOut(now, minute)) {
                session.end(GlueSession.Status.TIMEOUT).ifPresent(this::closeWorker);
            }
        }
    }

    /** Stops every session and ends every worker, waiting for them. */
    @Override
    public void close() {
        for (GlueSession session : all()) {
            session.end(GlueSession.Status.STOPPED).ifPresent(this::closeWorker);
        }
    }

    /** Kills every worker at once (JVM shutdown). */
    void kill() {
        for (GlueSession session : all()) {
            PythonWorker worker = session.worker();
            if (worker != null) {
                worker.kill();
            }
        }
    }

    /**
     * Gives the session its worker: a warm one (READY once {@code delay} has passed since CreateSession) or,
     * after {@code delay}, a newly started one.
     */
    private void provision(GlueSession session, Duration delay, Optional<PythonWorker> warm) {
        try {
            if (warm.isEmpty()) {
                sleep(delay);
                if (!session.isActive()) {
                    return;
                }
            }
            PythonWorker worker = warm.isPresent() ? warm.get() : PythonWorker.start(runtime, session.id(), session.arguments());
            try {
                if (warm.isPresent()) {
                    worker.assign(session.id(), session.arguments());
                    sleep(Duration.ofNanos(Math.max(0, session.createdNanos() + delay.toNanos() - System.nanoTime())));
                } else {
                    worker.awaitReady();
                }
            } catch (IOException | RuntimeException | InterruptedException exception) {
                worker.close();
                throw exception;
            }
            if (!session.ready(worker)) {
                worker.close();
            }
            session.touch(System.nanoTime());
        } catch (IOException | RuntimeException exception) {
            session.failed(String.valueOf(exception.getMessage()));
        } catch (InterruptedException exception) {
            session.failed("provisioning interrupted");
            Thread.currentThread().interrupt();
        }
    }

    private void run(GlueSession session, GlueStatement statement, Duration latency, Optional<String[]> failure) {
        synchronized (session) {
            statement.started(System.currentTimeMillis());
        }
        WorkerReply reply;
        boolean workerFailed = false;
        try {
            sleep(latency);
            PythonWorker worker = session.worker();
            boolean cancelled;
            synchronized (session) {
                cancelled = statement.state() == GlueStatement.State.CANCELLING;
            }
            if (cancelled) {
                reply = WorkerReply.error("", "KeyboardInterrupt", "statement cancelled before it ran", List.of());
            } else if (failure.isPresent()) {
                reply = WorkerReply.error("", failure.get()[0], failure.get()[1], List.of("injected by EndpointFaults.failNextStatements"));
            } else if (worker == null) {
                reply = WorkerReply.error("", "IllegalSessionStateException", "Session " + session.id() + " is " + session.status(), List.of());
                workerFailed = true;
            } else {
                reply = worker.execute(statement.code());
            }
        } catch (IOException exception) {
            reply = WorkerReply.error("", "WorkerFailure", String.valueOf(exception.getMessage()), List.of());
            workerFailed = true;
        } catch (InterruptedException exception) {
            reply = WorkerReply.error("", "KeyboardInterrupt", "interrupted", List.of());
            Thread.currentThread().interrupt();
        }
        synchronized (session) {
            if (workerFailed) {
                statement.failed(reply, System.currentTimeMillis());
            } else {
                statement.finished(reply, System.currentTimeMillis());
            }
            session.touch(System.nanoTime());
        }
    }

    private void closeWorker(PythonWorker worker) {
        worker.close();
    }

    private GlueSession session(String id) {
        synchronized (sessions) {
            GlueSession session = sessions.get(id);
            if (session == null) {
                throw GlueServiceException.notFound("Session " + id + " not found");
            }
            return session;
        }
    }

    private List<GlueSession> all() {
        synchronized (sessions) {
            return new ArrayList<>(sessions.values());
        }
    }

    private static ObjectNode response(String field, ObjectNode value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(field, value);
        return node;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
    }
}
