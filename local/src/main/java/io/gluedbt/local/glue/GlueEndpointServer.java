package io.gluedbt.local.glue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link LocalGlueEndpoint}: an HttpServer dispatching Glue, Lake Formation and STS requests. */
final class GlueEndpointServer implements LocalGlueEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLUE_PREFIX = "AWSGlue.";
    private static final String LAKE_FORMATION_PREFIX = "AWSLakeFormation.";

    private final HttpServer server;
    private final ExecutorService requests;
    private final ExecutorService background;
    private final ScheduledExecutorService sweeper;
    private final PythonRuntime runtime;
    private final WarmWorkers warmWorkers;
    private final SessionOperations sessions;
    private final CatalogOperations catalog;
    private final LakeFormationFake lakeFormation = new LakeFormationFake();
    private final CallLog calls = new CallLog();
    private final EndpointFaults faults = new EndpointFaults();
    private final Thread shutdownHook;
    private boolean closed;

    private GlueEndpointServer(EndpointOptions options) throws IOException {
        this.runtime = PythonRuntime.start(options.spark(), options.python(), options.workerEnvironment());
        this.background = Executors.newCachedThreadPool(daemonThreads("gluedbt-glue-session"));
        this.requests = Executors.newFixedThreadPool(8, daemonThreads("gluedbt-glue-request"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("gluedbt-glue-idle"));
        this.warmWorkers = new WarmWorkers(runtime);
        this.sessions = new SessionOperations(runtime, faults, background, warmWorkers);
        this.catalog = new CatalogOperations(options.spark());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        server.createContext("/", this::handle);
        server.setExecutor(requests);
        this.shutdownHook = new Thread(() -> {
            warmWorkers.kill();
            sessions.kill();
        }, "gluedbt-glue-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        sweeper.scheduleWithFixedDelay(sessions::sweepIdle, 200, 200, TimeUnit.MILLISECONDS);
        server.start();
    }

    static LocalGlueEndpoint start(EndpointOptions options) {
        requireNonNull(options, "options is null");
        try {
            return new GlueEndpointServer(options);
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot start the local Glue endpoint on port " + options.port(), exception);
        }
    }

    @Override
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public CallLog calls() {
        return calls;
    }

    @Override
    public EndpointFaults faults() {
        return faults;
    }

    @Override
    public void prewarm(int workers) {
        warmWorkers.prewarm(workers);
    }

    @Override
    public List<SessionUsage> sessionUsage() {
        return sessions.usage();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        sweeper.shutdownNow();
        warmWorkers.close();
        sessions.close();
        background.shutdownNow();
        requests.shutdownNow();
        runtime.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook runs anyway and finds nothing left.
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target")).orElse("");
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (target.startsWith(GLUE_PREFIX)) {
                answerJson(exchange, "AWSGlue", target.substring(GLUE_PREFIX.length()), body, "application/x-amz-json-1.1");
            } else if (target.startsWith(LAKE_FORMATION_PREFIX)) {
                answerJson(exchange, "AWSLakeFormation", target.substring(LAKE_FORMATION_PREFIX.length()), body, "application/x-amz-json-1.1");
            } else if (target.endsWith(".GetCallerIdentity") || contentType.startsWith("application/x-www-form-urlencoded")) {
                answerSts(exchange, target, new String(body, UTF_8));
            } else {
                String operation = exchange.getRequestURI().getPath().replaceFirst("^/", "");
                answerJson(exchange, "AWSLakeFormation", operation, body, "application/json");
            }
        }
    }

    private void answerJson(HttpExchange exchange, String service, String operation, byte[] body, String contentType) throws IOException {
        Instant time = Instant.now();
        JsonNode request = body.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(body);
        Optional<String> sessionId = sessionId(operation, request);
        Optional<Integer> statementId = operation.endsWith("Statement") && request.path("Id").canConvertToInt()
                ? Optional.of(request.path("Id").asInt()) : Optional.empty();
        try {
            if (service.equals("AWSGlue") && faults.throttleNow()) {
                throw new GlueServiceException("ThrottlingException", 400, "Rate exceeded");
            }
            ObjectNode response = service.equals("AWSGlue") ? glue(operation, request) : lakeFormation.handle(operation, request);
            if (operation.equals("RunStatement")) {
                statementId = Optional.of(response.path("Id").asInt());
            }
            calls.record(new EndpointCall(operation, service, sessionId, statementId, Optional.empty(), time));
            send(exchange, 200, contentType, JSON.writeValueAsBytes(response), Optional.empty());
        } catch (GlueServiceException error) {
            calls.record(new EndpointCall(operation, service, sessionId, statementId, Optional.of(error.type()), time));
            ObjectNode response = JsonNodeFactory.instance.objectNode().put("__type", error.type()).put("message", error.getMessage());
            send(exchange, error.status(), contentType, JSON.writeValueAsBytes(response), Optional.of(error.type()));
        } catch (RuntimeException error) {
            calls.record(new EndpointCall(operation, service, sessionId, statementId, Optional.of("InternalServiceException"), time));
            ObjectNode response = JsonNodeFactory.instance.objectNode().put("__type", "InternalServiceException")
                    .put("message", String.valueOf(error.getMessage()));
            send(exchange, 500, contentType, JSON.writeValueAsBytes(response), Optional.of("InternalServiceException"));
        }
    }

    private ObjectNode glue(String operation, JsonNode request) {
        return switch (operation) {
            case "CreateSession" -> sessions.createSession(request);
            case "GetSession" -> sessions.getSession(request);
            case "ListSessions" -> sessions.listSessions();
            case "StopSession" -> sessions.stopSession(request);
            case "DeleteSession" -> sessions.deleteSession(request);
            case "RunStatement" -> sessions.runStatement(request);
            case "GetStatement" -> sessions.getStatement(request);
            case "ListStatements" -> sessions.listStatements(request);
            case "CancelStatement" -> sessions.cancelStatement(request);
            case "GetDatabase" -> catalog.getDatabase(request);
            case "GetDatabases" -> catalog.getDatabases();
            case "CreateDatabase" -> catalog.createDatabase(request);
            case "DeleteDatabase" -> catalog.deleteDatabase(request);
            case "GetTable" -> catalog.getTable(request);
            case "GetTables" -> catalog.getTables(request);
            case "DeleteTable" -> catalog.deleteTable(request);
            case "UpdateTable" -> catalog.updateTable(request);
            case "CreateTable" -> catalog.createTable(request);
            case "GetPartitions" -> catalog.getPartitions(request);
            default -> throw new GlueServiceException("UnknownOperationException", 400,
                    "Operation " + operation + " is not supported by the local Glue endpoint");
        };
    }

    private void answerSts(HttpExchange exchange, String target, String body) throws IOException {
        Instant time = Instant.now();
        String action = target.endsWith(".GetCallerIdentity") ? "GetCallerIdentity" : formValue(body, "Action");
        String account = GlueTables.CATALOG_ID;
        String arn = "arn:aws:iam::" + account + ":user/gluedbt-local";
        if (!action.equals("GetCallerIdentity")) {
            calls.record(new EndpointCall(action, "STS", Optional.empty(), Optional.empty(), Optional.of("InvalidAction"), time));
            String error = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Action " + action
                    + " is not supported by the local endpoint</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
            send(exchange, 400, "text/xml", error.getBytes(UTF_8), Optional.empty());
            return;
        }
        calls.record(new EndpointCall(action, "STS", Optional.empty(), Optional.empty(), Optional.empty(), time));
        if (!target.isEmpty()) {
            ObjectNode response = JsonNodeFactory.instance.objectNode().put("UserId", "AIDAGLUEDBTLOCAL").put("Account", account).put("Arn", arn);
            send(exchange, 200, "application/x-amz-json-1.0", JSON.writeValueAsBytes(response), Optional.empty());
            return;
        }
        String xml = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                + "<Arn>" + arn + "</Arn><UserId>AIDAGLUEDBTLOCAL</UserId><Account>" + account + "</Account>"
                + "</GetCallerIdentityResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
        send(exchange, 200, "text/xml", xml.getBytes(UTF_8), Optional.empty());
    }

    private static Optional<String> sessionId(String operation, JsonNode request) {
        String field = operation.endsWith("Statement") || operation.equals("ListStatements") ? "SessionId"
                : operation.endsWith("Session") ? "Id" : "";
        return field.isEmpty() || !request.hasNonNull(field) ? Optional.empty() : Optional.of(request.get(field).asText());
    }

    private static String formValue(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, Optional<String> errorType)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        errorType.ifPresent(type -> exchange.getResponseHeaders().set("x-amzn-ErrorType", type));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream output = exchange.getResponseBody()) {
            output.write(body);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
