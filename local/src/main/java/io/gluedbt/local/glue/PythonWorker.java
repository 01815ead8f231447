package io.gluedbt.local.glue;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Glue session's Python process: started with the endpoint's py4j port and secret, it attaches a PySpark
 * SparkContext and SparkSession to this JVM and then runs one statement at a time (JSON lines over its
 * stdin/stdout; its stderr goes to a log file beside the sources).
 */
final class PythonWorker implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedWriter input;
    private final BufferedReader output;
    private final Path log;

    private PythonWorker(Process process, Path log) {
        this.process = process;
        this.input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), UTF_8));
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
        this.log = log;
    }

    /** Starts the process for {@code sessionId}; {@link #awaitReady} waits for its SparkSession. */
    static PythonWorker start(PythonRuntime runtime, String sessionId, Map<String, String> arguments) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(sessionId);
        argv.addAll(argv(arguments));
        return start(runtime, argv, "worker-" + sessionId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".log");
    }

    /**
     * Starts a warm process, attached to the SparkContext but not yet to a session: {@link #awaitReady} waits
     * for the attach, {@link #assign} then gives it its session.
     */
    static PythonWorker startWarm(PythonRuntime runtime, int number) throws IOException {
        return start(runtime, List.of("--warm"), "worker-warm-" + number + ".log");
    }

    /**
     * Gives a warm, ready worker its session: the id and {@code arguments} (its sys.argv) as the first line;
     * blocks until the session's SparkSession is attached.
     */
    void assign(String sessionId, Map<String, String> arguments) throws IOException {
        ObjectNode assignment = JSON.createObjectNode().put("session", sessionId);
        argv(arguments).forEach(assignment.putArray("argv")::add);
        input.write(JSON.writeValueAsString(assignment));
        input.write('\n');
        input.flush();
        awaitReady();
    }

    /** DefaultArguments as {@code --KEY value} pairs, as Glue passes them on the command line. */
    private static List<String> argv(Map<String, String> arguments) {
        List<String> argv = new ArrayList<>();
        arguments.forEach((key, value) -> {
            argv.add(key.startsWith("--") ? key : "--" + key);
            argv.add(value);
        });
        return argv;
    }

    private static PythonWorker start(PythonRuntime runtime, List<String> argv, String logName) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(runtime.python().toString());
        command.add("-u");
        command.add(runtime.directory().resolve(PythonRuntime.WORKER).toString());
        command.addAll(argv);
        Path log = runtime.directory().resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(runtime.workerEnvironment());
        environment.put("PYSPARK_GATEWAY_PORT", Integer.toString(runtime.gatewayPort()));
        environment.put("PYSPARK_GATEWAY_SECRET", runtime.secret());
        environment.put("PYSPARK_PIN_THREAD", "true");
        environment.put("PYSPARK_PYTHON", runtime.python().toString());
        environment.put("PYSPARK_DRIVER_PYTHON", runtime.python().toString());
        environment.put("PYTHONPATH", runtime.directory().toString());
        environment.put("PYTHONUNBUFFERED", "1");
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        return new PythonWorker(builder.start(), log);
    }

    /** Blocks until the worker's SparkSession is attached; throws with the worker's error otherwise. */
    void awaitReady() throws IOException {
        JsonNode message = readReply();
        if (!message.path("ready").asBoolean(false)) {
            throw new IOException("the Python worker did not start: " + message.path("error").asText(""));
        }
    }

    /** Runs {@code code}; blocks until it ends. */
    WorkerReply execute(String code) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("code", code);
        input.write(JSON.writeValueAsString(request));
        input.write('\n');
        input.flush();
        JsonNode reply = readReply();
        if (reply.path("status").asText().equals("ok")) {
            return WorkerReply.ok(reply.path("text").asText(""));
        }
        List<String> traceback = new ArrayList<>();
        reply.path("traceback").forEach(line -> traceback.add(line.asText()));
        return WorkerReply.error(reply.path("text").asText(""), reply.path("errorName").asText(""),
                reply.path("errorValue").asText(""), traceback);
    }

    /** Interrupts the running statement (SIGINT: KeyboardInterrupt in the statement's code). */
    void interrupt() {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException exception) {
            // The process is gone: nothing to interrupt.
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** EOF on stdin: the process ends on its own; {@link #close} waits for it. */
    void endInput() {
        try {
            input.close();
        } catch (IOException exception) {
            // Already closed by the process ending.
        }
    }

    /** Ends the process and its children: EOF on stdin, then SIGTERM, then SIGKILL. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException exception) {
            // Already closed by the process ending.
        }
        List<ProcessHandle> children = process.descendants().toList();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException exception) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Kills the process at once (JVM shutdown). */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private JsonNode readReply() throws IOException {
        String line = output.readLine();
        if (line == null) {
            throw new IOException("the Python worker ended" + lastLogLines());
        }
        return JSON.readTree(line);
    }

    private String lastLogLines() {
        try {
            List<String> lines = Files.readAllLines(log, UTF_8);
            return ": " + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException exception) {
            return "";
        }
    }
}
