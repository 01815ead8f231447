package io.gluedbt.cli;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunListener;
import io.gluedbt.compiler.run.RunStatus;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** dbt's progress lines: {@code 1 of 3 START sql table model schema.name ....... [RUN]} and the matching result line. */
final class ProgressPrinter implements RunListener {
    private static final int WIDTH = 80;

    private final PrintStream out;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void started(Node node, int index, int total) {
        Console.event(out, "info", line(index + " of " + total + " START " + subject(node), "[RUN]"),
                Map.of("node_id", node.uniqueId(), "status", "started", "index", index, "total", total));
    }

    @Override
    public synchronized void finished(Node node, int index, int total, NodeRunResult result) {
        String prefix = index + " of " + total + " ";
        String seconds = String.format(Locale.ROOT, "%.2fs", result.executionTime());
        String text = switch (result.status()) {
            case SUCCESS -> line(prefix + "OK " + done(node), "[" + (result.message() == null ? "OK" : result.message()) + " in " + seconds + "]");
            case ERROR -> line(prefix + "ERROR " + failed(node), "[ERROR in " + seconds + "]");
            case SKIPPED -> line(prefix + "SKIP " + (node.resourceType() == ResourceType.TEST ? "test " + node.name() : "relation " + relation(node)), "[SKIP]");
            case PASS -> line(prefix + "PASS " + node.name(), "[PASS in " + seconds + "]");
            case WARN -> line(prefix + "WARN " + result.failures() + " " + node.name(), "[WARN " + result.failures() + " in " + seconds + "]");
            case FAIL -> line(prefix + "FAIL " + result.failures() + " " + node.name(), "[FAIL " + result.failures() + " in " + seconds + "]");
        };
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("node_id", node.uniqueId());
        fields.put("status", result.status().dbtName());
        fields.put("index", index);
        fields.put("total", total);
        fields.put("execution_time", result.executionTime());
        if (result.failures() != null) {
            fields.put("failures", result.failures());
        }
        if (result.message() != null && result.status() != RunStatus.SUCCESS) {
            fields.put("message", result.message());
        }
        Console.event(out, ProgressPrinter.isFailure(result.status()) ? "error" : "info", text, fields);
    }

    private static String subject(Node node) {
        return switch (node.resourceType()) {
            case SEED -> "seed file " + relation(node);
            case SNAPSHOT -> "snapshot " + relation(node);
            case TEST -> "test " + node.name();
            default -> "sql " + node.materialized() + " model " + relation(node);
        };
    }

    private static String done(Node node) {
        return switch (node.resourceType()) {
            case SEED -> "loaded seed file " + relation(node);
            case SNAPSHOT -> "snapshotted " + relation(node);
            default -> "created sql " + node.materialized() + " model " + relation(node);
        };
    }

    private static String failed(Node node) {
        return switch (node.resourceType()) {
            case SEED -> "loading seed file " + relation(node);
            case SNAPSHOT -> "snapshotting " + relation(node);
            case TEST -> node.name();
            default -> "creating sql " + node.materialized() + " model " + relation(node);
        };
    }

    private static String relation(Node node) {
        return node.schema() + "." + node.alias();
    }

    static String line(String message, String status) {
        StringBuilder padded = new StringBuilder(message).append(' ');
        while (padded.length() < WIDTH) {
            padded.append('.');
        }
        return padded.append(' ').append(status).toString();
    }

    static boolean isFailure(RunStatus status) {
        return status == RunStatus.ERROR || status == RunStatus.FAIL;
    }
}
