package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.compile.Compiler;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.run.EngineNodeExecutor;
import io.gluedbt.compiler.run.FailurePolicy;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunResultsWriter;
import io.gluedbt.compiler.run.RunScheduler;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The verbs that execute nodes on an engine ({@code run}, {@code seed}, {@code test}, {@code build},
 * {@code snapshot}): select, plan, run with dbt's progress lines, write run_results.json and manifest.json.
 */
abstract class ExecuteCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--threads", description = "How many nodes run at once (default: the target's threads).")
    Integer threads;

    @Option(names = "--full-refresh", description = "Rebuild incremental models and seeds from scratch.")
    boolean fullRefresh;

    @Option(names = {"-x", "--fail-fast"}, description = "Stop at the first failure.")
    boolean failFast;

    abstract RunCommand command();

    @Override
    public Integer call() {
        Instant started = Instant.now();
        String invocationId = UUID.randomUUID().toString();
        Console.info(System.out, "Running with gluedbt (dbt " + ProjectSession.DBT_VERSION + " compatible)");
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Console.info(System.out, session.summary());
        RunPlan plan = RunPlan.of(session.manifest(), session.graph(), session.select(selection.toRequest()), command());
        int workers = threads != null ? threads : session.parsed().project().target().threads();
        if (plan.nodes().isEmpty()) {
            Console.info(System.out, "Nothing to do. Try checking your model configs and model specification args");
            return 0;
        }
        RunMode mode = fullRefresh ? RunMode.FULL_REFRESH : RunMode.INCREMENTAL;
        try (Engine engine = Engines.open(session)) {
            Console.info(System.out, "Concurrency: " + workers + " threads (target='" + session.parsed().project().target().name() + "')");
            Console.info(System.out, "Engine: " + engine.describe());
            Console.info(System.out, "");
            if (!Hooks.run(session, engine, "on-run-start", session.parsed().project().root().onRunStart())) {
                return 1;
            }
            EngineNodeExecutor executor = new EngineNodeExecutor(engine, Compiler.create(session.parsed(), engine.catalog(), mode),
                    Engines.planner(session, mode));
            List<NodeRunResult> results = RunScheduler.run(plan.nodes(), plan.blockers(), workers,
                    failFast ? FailurePolicy.FAIL_FAST : FailurePolicy.CONTINUE, executor, new ProgressPrinter(System.out));
            boolean endHooksOk = Hooks.run(session, engine, "on-run-end", session.parsed().project().root().onRunEnd());
            double elapsed = (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("which", command().name().toLowerCase(java.util.Locale.ROOT));
            args.put("threads", workers);
            args.put("full_refresh", fullRefresh);
            args.put("select", selection.select);
            args.put("exclude", selection.exclude);
            RunResults run = new RunResults(invocationId, started, elapsed, results, args);
            RunResultsWriter.write(session.targetDirectory(), run, ProjectSession.DBT_VERSION);
            session.writeArtifacts(new CompileResult(executor.compiledNodes()));
            RunSummary.print(System.out, session.manifest(), run);
            return endHooksOk ? run.exitCode() : Math.max(1, run.exitCode());
        }
    }
}
