package io.gluedbt.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A hand-written Glue over the real wire protocol (AWS JSON 1.1, {@code X-Amz-Target: AWSGlue.<Operation>}) for
 * tests: sessions turn READY on their second GetSession, statements answer through {@link #statements}, tables
 * come from {@link #tables}; every call is recorded. Requests without an {@code X-Amz-Target} are S3's: a PUT is kept
 * in {@link #objects} by its path. Not the local endpoint: it runs no Python.
 */
final class FakeGlue implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final List<String> operations = Collections.synchronizedList(new ArrayList<>());
    final Map<String, JsonNode> lastRequest = new ConcurrentHashMap<>();
    final List<String> codes = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> sessionStatus = new ConcurrentHashMap<>();
    final Map<String, Integer> sessionPolls = new ConcurrentHashMap<>();
    final Map<String, String> tables = new ConcurrentHashMap<>();
    final Map<String, Function<JsonNode, String>> overrides = new ConcurrentHashMap<>();
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final AtomicInteger throttleNext = new AtomicInteger();
    volatile Function<String, String> statements = code -> "";
    private final Map<Integer, String> outputs = new ConcurrentHashMap<>();
    private final AtomicInteger statementIds = new AtomicInteger();
    private final HttpServer server;

    FakeGlue() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target == null) {
                byte[] content = exchange.getRequestBody().readAllBytes();
                operations.add("S3 " + exchange.getRequestMethod());
                if (exchange.getRequestMethod().equals("PUT")) {
                    objects.put(exchange.getRequestURI().getPath(), content);
                }
                exchange.getResponseHeaders().add("ETag", "\"fake\"");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            String operation = target == null ? "?" : target.substring(target.indexOf('.') + 1);
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            operations.add(operation);
            lastRequest.put(operation, body);
            String[] reply = throttleNext.getAndUpdate(count -> Math.max(0, count - 1)) > 0
                    ? new String[] {"400", error("ThrottlingException", "Rate exceeded")}
                    : answer(operation, body);
            byte[] bytes = reply[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(Integer.parseInt(reply[0]), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    GlueClients clients() {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        var http = UrlConnectionHttpClient.builder().build();
        return new GlueClients(
                GlueClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(http)
                        .overrideConfiguration(c -> c.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry())).build(),
                S3Client.builder().endpointOverride(endpoint()).forcePathStyle(true)
                        .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                        .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().chunkedEncodingEnabled(false).build()).region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(http).build(),
                LakeFormationClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(http).build());
    }

    List<String> calls(String operation) {
        synchronized (operations) {
            return operations.stream().filter(operation::equals).toList();
        }
    }

    static String error(String type, String message) {
        return "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    }

    private String[] answer(String operation, JsonNode body) throws IOException {
        Function<JsonNode, String> override = overrides.get(operation);
        if (override != null) {
            String text = override.apply(body);
            return text.startsWith("{\"__type\"") ? new String[] {"400", text} : new String[] {"200", text};
        }
        ObjectNode out = JSON.createObjectNode();
        switch (operation) {
            case "CreateSession" -> {
                String id = body.path("Id").asText();
                if (sessionStatus.putIfAbsent(id, "PROVISIONING") != null) {
                    return new String[] {"400", error("AlreadyExistsException", "Session " + id + " exists")};
                }
                out.putObject("Session").put("Id", id).put("Status", "PROVISIONING");
            }
            case "GetSession" -> {
                String id = body.path("Id").asText();
                String status = sessionStatus.get(id);
                if (status == null) {
                    return new String[] {"400", error("EntityNotFoundException", "Session " + id + " not found")};
                }
                if (status.equals("PROVISIONING") && sessionPolls.merge(id, 1, Integer::sum) >= 2) {
                    sessionStatus.put(id, status = "READY");
                }
                ObjectNode session = out.putObject("Session").put("Id", id).put("Status", status);
                if (status.equals("FAILED")) {
                    session.put("ErrorMessage", "Role cannot be assumed");
                }
            }
            case "DeleteSession", "StopSession" -> {
                String id = body.path("Id").asText();
                if (sessionStatus.remove(id) == null) {
                    return new String[] {"400", error("EntityNotFoundException", "Session " + id + " not found")};
                }
                out.put("Id", id);
            }
            case "RunStatement" -> {
                int id = statementIds.incrementAndGet();
                codes.add(body.path("Code").asText());
                outputs.put(id, statements.apply(body.path("Code").asText()));
                out.put("Id", id);
            }
            case "GetStatement" -> {
                int id = body.path("Id").asInt();
                ObjectNode statement = out.putObject("Statement").put("Id", id).put("State", "AVAILABLE");
                statement.putObject("Output").put("Status", "AVAILABLE").putObject("Data").put("TextPlain", outputs.get(id));
            }
            case "GetTable" -> {
                String key = body.path("DatabaseName").asText() + "." + body.path("Name").asText();
                String table = tables.get(key);
                if (table == null) {
                    return new String[] {"400", error("EntityNotFoundException", "Table " + key + " not found")};
                }
                out.set("Table", JSON.readTree(table));
            }
            case "GetTables" -> {
                String prefix = body.path("DatabaseName").asText() + ".";
                com.fasterxml.jackson.databind.node.ArrayNode list = out.putArray("TableList");
                for (Map.Entry<String, String> table : new java.util.TreeMap<>(tables).entrySet()) {
                    if (table.getKey().startsWith(prefix)) {
                        list.add(JSON.readTree(table.getValue()));
                    }
                }
            }
            case "GetDatabase" -> {
                return new String[] {"400", error("EntityNotFoundException", "Database " + body.path("Name").asText() + " not found")};
            }
            default -> {
                // CreateDatabase, CancelStatement, ListSessions, ...: an empty success
            }
        }
        return new String[] {"200", JSON.writeValueAsString(out)};
    }

    /** The statements of a node's code, decoded from its base64 payload. */
    static JsonNode payload(String code) throws IOException {
        int start = code.lastIndexOf("_gluedbt_run('") + "_gluedbt_run('".length();
        return JSON.readTree(java.util.Base64.getDecoder().decode(code.substring(start, code.indexOf("')", start))));
    }

    /** The nodes of a several-node code, decoded from its base64 payload: {@code {"nodes": [...]}}. */
    static JsonNode manyPayload(String code) throws IOException {
        int start = code.lastIndexOf("_gluedbt_run_many('") + "_gluedbt_run_many('".length();
        return JSON.readTree(java.util.Base64.getDecoder().decode(code.substring(start, code.indexOf("')", start))));
    }

    static Map<String, Object> glueTarget() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", "glue");
        values.put("role_arn", "arn:aws:iam::123456789012:role/GlueInteractiveSessionRole");
        values.put("region", "us-east-1");
        values.put("schema", "analytics");
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
