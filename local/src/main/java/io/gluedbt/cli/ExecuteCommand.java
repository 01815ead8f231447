package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.run.FailurePolicy;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.compiler.run.RunResults;
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
        Console.info(System.out, "Running with gluedbt (dbt " + ProjectSession.DBT_VERSION + " compatible)");
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Console.info(System.out, session.summary());
        int workers = threads != null ? threads : session.parsed().project().target().threads();
        RunMode mode = fullRefresh ? RunMode.FULL_REFRESH : RunMode.INCREMENTAL;
        RunRequest request = new RunRequest(command(), selection.toRequest(), mode, workers,
                failFast ? FailurePolicy.FAIL_FAST : FailurePolicy.CONTINUE, new ProgressPrinter(System.out));
        RunPlan plan = RunPlan.of(session.manifest(), session.graph(), session.select(request.selection()), command());
        if (plan.nodes().isEmpty()) {
            Console.info(System.out, "Nothing to do. Try checking your model configs and model specification args");
            return 0;
        }
        // No more engine capacity (Glue sessions, billed from their start) than nodes that can run at once.
        int widestWave = session.graph().waves(plan.nodes().stream().map(node -> node.uniqueId()).toList()).stream()
                .mapToInt(java.util.List::size).max().orElse(1);
        try (Engine engine = Engines.open(session, Math.min(workers, widestWave))) {
            Console.info(System.out, "Concurrency: " + workers + " threads (target='" + session.parsed().project().target().name() + "')");
            Console.info(System.out, "Engine: " + engine.describe());
            Console.info(System.out, "");
            if (!Hooks.run(session, engine, "on-run-start", session.parsed().project().root().onRunStart())) {
                return 1;
            }
            RunResults run = session.run(engine, request, Engines.planner(session, mode));
            boolean endHooksOk = Hooks.run(session, engine, "on-run-end", session.parsed().project().root().onRunEnd());
            RunSummary.print(System.out, session.manifest(), run);
            return endHooksOk ? run.exitCode() : Math.max(1, run.exitCode());
        }
    }
}
