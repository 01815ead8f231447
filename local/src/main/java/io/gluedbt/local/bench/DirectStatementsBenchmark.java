package io.gluedbt.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.ProjectLoader;
import io.gluedbt.local.spark.LocalSparkEngine;
import io.gluedbt.local.spark.SparkSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The run-overhead benchmark's JVM side (driven by {@code bench/run_overhead.py}, one fresh JVM per measurement,
 * started by the {@code gluedbt} launcher with {@code GLUEDBT_MAIN_CLASS} so the JVM flags are the CLI's).
 * <pre>
 * gluedbt --project-dir P --target T --run SELECTION=PROFILES_DIR [--run ...] --statements-out FILE
 *     runs each selection in this JVM like `gluedbt run -m SELECTION --profiles-dir PROFILES_DIR`, in order, on one
 *     engine; times them and writes the statements they sent to FILE
 * direct --project-dir P --target T --run SELECTION=PROFILES_DIR [--run ...] --statements FILE
 *     replays FILE's statements straight to spark.sql on the same warehouse and times that
 * </pre>
 * Both start the SparkSession and ask the metastore for its databases before the clock starts, so neither side
 * pays the session start or the metastore connection inside its timing. Prints one line
 * {@code BENCH_RESULT <json>} with the timings.
 */
public final class DirectStatementsBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectStatementsBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        if (arguments.length == 0 || !(arguments[0].equals("gluedbt") || arguments[0].equals("direct"))) {
            throw new IllegalArgumentException("usage: DirectStatementsBenchmark gluedbt|direct --project-dir P --target T"
                    + " --run SELECTION=PROFILES_DIR ... (--statements-out FILE | --statements FILE)");
        }
        Map<String, List<String>> options = options(arguments);
        Path project = Path.of(single(options, "--project-dir")).toAbsolutePath().normalize();
        String target = single(options, "--target");
        Map<String, LoadOptions> runs = new LinkedHashMap<>();
        for (String run : options.getOrDefault("--run", List.of())) {
            String[] parts = run.split("=", 2);
            runs.put(parts[0], LoadOptions.forProject(project).withProfilesDir(Path.of(parts[1]).toAbsolutePath().normalize()).withTarget(target));
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("give at least one --run SELECTION=PROFILES_DIR");
        }
        LoadedProject loaded = ProjectLoader.load(runs.values().iterator().next());
        long sparkStarted = System.nanoTime();
        LocalSparkEngine engine = LocalSparkEngine.openForProject(project, loaded.target().values());
        SparkSession root = SparkSessions.open(engine.layout(), Map.of());
        root.sql("SHOW DATABASES").collectAsList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", arguments[0]);
        result.put("spark_start_seconds", (System.nanoTime() - sparkStarted) / 1e9);
        try {
            if (arguments[0].equals("gluedbt")) {
                result.putAll(gluedbt(engine, runs, Path.of(single(options, "--statements-out"))));
            } else {
                result.putAll(direct(root, Path.of(single(options, "--statements"))));
            }
        } finally {
            engine.close();
        }
        System.out.println("BENCH_RESULT " + JSON.writeValueAsString(result));
        System.exit(0);
    }

    private static Map<String, Object> gluedbt(LocalSparkEngine engine, Map<String, LoadOptions> runs, Path statementsOut) {
        RecordingEngine recording = new RecordingEngine(engine);
        List<Map<String, Object>> measured = new ArrayList<>();
        List<RecordedRun> recorded = new ArrayList<>();
        long started = System.nanoTime();
        runs.forEach((selection, loadOptions) -> {
            InProcessRuns.Measurement measurement = InProcessRuns.run(loadOptions, selection, recording);
            measured.add(measurement.values());
            recorded.add(measurement.recorded());
        });
        double total = (System.nanoTime() - started) / 1e9;
        StatementsFile.write(statementsOut, recorded);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", total);
        result.put("runs", measured);
        result.put("statements", recorded.stream().mapToInt(RecordedRun::statementCount).sum());
        result.put("catalog", recording.timingCatalog().summary());
        return result;
    }

    private static Map<String, Object> direct(SparkSession root, Path statements) {
        List<RecordedRun> recorded = StatementsFile.read(statements);
        StatementReplay replay = new StatementReplay(root);
        List<Map<String, Object>> measured = new ArrayList<>();
        long started = System.nanoTime();
        for (RecordedRun run : recorded) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("selection", run.selection());
            values.put("seconds", replay.replay(run));
            measured.add(values);
        }
        double total = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", total);
        result.put("runs", measured);
        result.put("statements", recorded.stream().mapToInt(RecordedRun::statementCount).sum());
        return result;
    }

    private static Map<String, List<String>> options(String[] arguments) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int index = 1; index < arguments.length; index += 2) {
            if (!arguments[index].startsWith("--") || index + 1 >= arguments.length) {
                throw new IllegalArgumentException("expected --option value pairs, got '" + arguments[index] + "'");
            }
            options.computeIfAbsent(arguments[index], key -> new ArrayList<>()).add(arguments[index + 1]);
        }
        return options;
    }

    private static String single(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.size() != 1) {
            throw new IllegalArgumentException("give " + name + " exactly once");
        }
        return values.get(0);
    }
}
