package io.gluedbt.system;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local "Lambda invoke" endpoint: POST /invoke/&lt;FunctionName&gt; with the JSON input runs the real handler class
 * and answers as Lambda's Invoke API does: the output JSON, or, when the handler throws, the body
 * {errorType (the exception's class name, as the Java runtime reports it), errorMessage, stackTrace} with the header
 * X-Amz-Function-Error: Unhandled.
 */
final class LambdaBridge implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final Map<String, RequestHandler<Map<String, Object>, Map<String, Object>>> functions;
    private final AtomicInteger invocations = new AtomicInteger();

    LambdaBridge(Map<String, RequestHandler<Map<String, Object>, Map<String, Object>>> functions) throws IOException {
        this.functions = Map.copyOf(functions);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/invoke/", this::invoke);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int invocations() {
        return invocations.get();
    }

    @SuppressWarnings("unchecked")
    private void invoke(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/invoke/".length());
        RequestHandler<Map<String, Object>, Map<String, Object>> function = functions.get(name);
        byte[] body;
        int status = 200;
        if (function == null) {
            status = 404;
            body = MAPPER.writeValueAsBytes(Map.of("message", "Function not found: " + name));
        } else {
            invocations.incrementAndGet();
            Map<String, Object> input = MAPPER.readValue(exchange.getRequestBody(), Map.class);
            try {
                body = MAPPER.writeValueAsBytes(function.handleRequest(input, new BridgeContext(name, "request-" + invocations.get())));
            } catch (RuntimeException | Error failure) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("errorMessage", failure.getMessage() == null ? failure.toString() : failure.getMessage());
                error.put("errorType", failure.getClass().getName());
                error.put("stackTrace", List.of());
                body = MAPPER.writeValueAsBytes(error);
                exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The Lambda context a handler sees: names and a generous remaining time. */
    private record BridgeContext(String functionName, String awsRequestId) implements Context {
        @Override public String getAwsRequestId() { return awsRequestId; }
        @Override public String getLogGroupName() { return "/aws/lambda/" + functionName; }
        @Override public String getLogStreamName() { return "local"; }
        @Override public String getFunctionName() { return functionName; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:gluedbt-" + functionName; }
        @Override public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() { return null; }
        @Override public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 900_000; }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() {
            return new com.amazonaws.services.lambda.runtime.LambdaLogger() {
                @Override public void log(String message) { System.out.print(message); }
                @Override public void log(byte[] message) { System.out.write(message, 0, message.length); }
            };
        }
    }
}
