package io.gluedbt.cli;

import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** dbt's closing lines: what ran and how long, the failures in full, and the PASS/WARN/ERROR/SKIP counts. */
final class RunSummary {
    private RunSummary() {}

    static void print(PrintStream out, Manifest manifest, RunResults run) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (NodeRunResult result : run.results()) {
            Node node = manifest.nodes().get(result.uniqueId());
            String kind = switch (node.resourceType()) {
                case SEED -> "seed";
                case SNAPSHOT -> "snapshot";
                case TEST -> "data test";
                default -> node.materialized() + " model";
            };
            kinds.merge(kind, 1, Integer::sum);
        }
        StringBuilder what = new StringBuilder();
        kinds.forEach((kind, count) -> what.append(what.length() == 0 ? "" : ", ").append(count).append(' ').append(kind).append(count == 1 ? "" : "s"));
        long totalSeconds = (long) run.elapsedSeconds();
        Console.info(out, "");
        Console.info(out, String.format(Locale.ROOT, "Finished running %s in %d hours %d minutes and %.2f seconds (%.2fs).",
                what.length() == 0 ? "0 nodes" : what, totalSeconds / 3600, (totalSeconds % 3600) / 60, run.elapsedSeconds() % 60, run.elapsedSeconds()));
        Console.info(out, "");
        long errors = run.count(RunStatus.ERROR) + run.count(RunStatus.FAIL);
        long warnings = run.count(RunStatus.WARN);
        if (errors == 0 && warnings == 0) {
            Console.info(out, "Completed successfully");
        } else {
            Console.info(out, String.format("Completed with %d error%s, 0 partial successes, and %d warning%s:", errors, errors == 1 ? "" : "s",
                    warnings, warnings == 1 ? "" : "s"));
            for (NodeRunResult result : run.results()) {
                if (ProgressPrinter.isFailure(result.status()) || result.status() == RunStatus.WARN) {
                    Node node = manifest.nodes().get(result.uniqueId());
                    Console.info(out, "");
                    String label = result.status() == RunStatus.WARN ? "Warning in " : "Failure in ";
                    Console.info(out, label + node.resourceType().dbtName() + " " + node.name() + " (" + node.originalFilePath() + ")");
                    Console.info(out, "  " + (result.message() == null ? "" : result.message().replace("\n", "\n  ")));
                }
            }
        }
        Console.info(out, "");
        Console.info(out, String.format("Done. PASS=%d WARN=%d ERROR=%d SKIP=%d NO-OP=0 TOTAL=%d",
                run.count(RunStatus.SUCCESS) + run.count(RunStatus.PASS), warnings, errors, run.count(RunStatus.SKIPPED), run.results().size()));
    }
}
