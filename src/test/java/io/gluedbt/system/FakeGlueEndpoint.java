package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written fake of Glue's interactive-sessions API over the real wire protocol (AWS JSON 1.1,
 * X-Amz-Target: AWSGlue.CreateSession / GetSession / RunStatement / GetStatement / StopSession), for the scenarios
 * that need no Spark. Sessions are READY at the first GetSession; a statement reports RUNNING at its first
 * GetStatement and AVAILABLE after, its output the JSON line the code asked for. It counts what the pipeline must
 * never do: a RunStatement on a session that is still running one, or a session left unstopped.
 */
final class FakeGlueEndpoint implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger overlappingStatements = new AtomicInteger();
    private final java.util.Set<String> databases = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private volatile int throttleEvery;

    private static final class Session {
        volatile String status = "PROVISIONING";
        final Map<Integer, Statement> statements = new ConcurrentHashMap<>();
        final AtomicInteger nextId = new AtomicInteger();
        volatile Statement running;
    }

    private static final class Statement {
        final int id;
        final String output;
        volatile int polls;

        Statement(int id, String output) {
            this.id = id;
            this.output = output;
        }
    }

    FakeGlueEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int sessionsCreated() {
        return sessions.size();
    }

    long sessionsNotStopped() {
        return sessions.values().stream().filter(session -> !"STOPPED".equals(session.status)).count();
    }

    /** The databases CreateDatabase made, in name order. */
    java.util.List<String> databases() {
        return databases.stream().sorted().toList();
    }

    int overlappingStatements() {
        return overlappingStatements.get();
    }

    int statements() {
        return statements.get();
    }

    int throttled() {
        return throttled.get();
    }

    /** A throttling storm: every n-th call is refused with ThrottlingException (0: never). */
    void throttleEvery(int calls) {
        throttleEvery = calls;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode request = MAPPER.readTree(exchange.getRequestBody());
        ObjectNode response = MAPPER.createObjectNode();
        int status = 200;
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        int every = throttleEvery;
        if (every > 0 && calls.incrementAndGet() % every == 0) {
            throttled.incrementAndGet();
            error(exchange, "ThrottlingException", "Rate exceeded");
            return;
        }
        switch (operation) {
            case "CreateSession" -> {
                String id = request.get("Id").asText();
                sessions.putIfAbsent(id, new Session());
                response.putObject("Session").put("Id", id).put("Status", "PROVISIONING");
            }
            case "GetSession" -> {
                Session session = sessions.get(request.get("Id").asText());
                if (session == null) {
                    error(exchange, "EntityNotFoundException", "Session not found");
                    return;
                }
                if ("PROVISIONING".equals(session.status)) {
                    session.status = "READY";
                }
                response.putObject("Session").put("Id", request.get("Id").asText()).put("Status", session.status);
            }
            case "RunStatement" -> {
                Session session = sessions.get(request.get("SessionId").asText());
                if (session == null || !"READY".equals(session.status)) {
                    error(exchange, "IllegalSessionStateException", "Session is not ready");
                    return;
                }
                if (session.running != null) {
                    overlappingStatements.incrementAndGet();
                    error(exchange, "IllegalSessionStateException", "Session already has a running statement");
                    return;
                }
                Statement statement = new Statement(session.nextId.incrementAndGet(), FakeStatementCode.output(request.get("Code").asText()));
                session.statements.put(statement.id, statement);
                session.running = statement;
                statements.incrementAndGet();
                response.put("Id", statement.id);
            }
            case "GetStatement" -> {
                Session session = sessions.get(request.get("SessionId").asText());
                Statement statement = session == null ? null : session.statements.get(request.get("Id").asInt());
                if (statement == null) {
                    error(exchange, "EntityNotFoundException", "Statement not found");
                    return;
                }
                ObjectNode body = response.putObject("Statement").put("Id", statement.id);
                if (statement.polls++ == 0) {
                    body.put("State", "RUNNING");
                } else {
                    if (session.running == statement) {
                        session.running = null;
                    }
                    body.put("State", "AVAILABLE");
                    body.putObject("Output").put("Status", "ok").putObject("Data").put("TextPlain", statement.output);
                }
            }
            case "CreateDatabase" -> databases.add(request.get("DatabaseInput").get("Name").asText());
            case "StopSession" -> {
                Session session = sessions.get(request.get("Id").asText());
                if (session == null) {
                    error(exchange, "EntityNotFoundException", "Session not found");
                    return;
                }
                session.status = "STOPPED";
                response.put("Id", request.get("Id").asText());
            }
            default -> {
                error(exchange, "InvalidInputException", "unsupported operation " + target);
                    return;
            }
        }
        send(exchange, status, response);
    }

    private void error(HttpExchange exchange, String type, String message) throws IOException {
        send(exchange, 400, MAPPER.createObjectNode().put("__type", type).put("message", message));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
