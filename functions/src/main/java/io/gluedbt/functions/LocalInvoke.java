package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Invokes one handler the way the Lambda Java runtime does on a cold start (load the class, construct it with its
 * no-argument constructor, one handleRequest), configured by the same environment variables, and prints the output
 * and the timings as one JSON line: {@code java -cp gluedbt-functions-lambda.jar io.gluedbt.functions.LocalInvoke
 * io.gluedbt.functions.CompileHandler input.json}. The cold-start benchmark uses it.
 */
public final class LocalInvoke {
    private LocalInvoke() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 2) {
            throw new IllegalArgumentException("usage: LocalInvoke <handler class> <input.json>");
        }
        long started = System.nanoTime();
        Map<String, Object> input = Json.read(Files.readAllBytes(Path.of(arguments[1])), Map.class);
        RequestHandler<Map<String, Object>, Map<String, Object>> handler = (RequestHandler<Map<String, Object>, Map<String, Object>>) Class
                .forName(arguments[0]).getDeclaredConstructor().newInstance();
        long constructed = System.nanoTime();
        Map<String, Object> output = handler.handleRequest(input, new LocalContext(handler.getClass().getSimpleName()));
        long invoked = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(Json.MAPPER.writeValueAsString(Map.of("output", output, "initMillis", (constructed - started) / 1_000_000,
                "invokeMillis", (invoked - constructed) / 1_000_000, "jvmUptimeMillis", uptime)));
    }
}
