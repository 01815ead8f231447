package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.RunMode;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gluedbt compile}: writes target/compiled/... and target/manifest.json; needs no credentials. */
@Command(name = "compile", description = "Compile the project's SQL into target/compiled and write target/manifest.json.")
final class CompileCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--full-refresh", description = "Compile incremental models as full rebuilds.")
    boolean fullRefresh;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Console.info(System.out, "Running with gluedbt (dbt " + ProjectSession.DBT_VERSION + " compatible)");
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        long parsed = System.nanoTime();
        Console.info(System.out, session.summary());
        SortedSet<String> selected = session.select(selection.toRequest());
        CompileResult compiled = session.compile(selected, CatalogView.offline(), fullRefresh ? RunMode.FULL_REFRESH : RunMode.INCREMENTAL);
        long compiledAt = System.nanoTime();
        Path manifest = session.writeArtifacts(compiled);
        long written = System.nanoTime();
        Console.info(System.out, String.format("Compiled %d nodes in %.2fs (parse %.2fs, compile %.2fs, write %.2fs; peak heap %d MiB)",
                compiled.nodes().size(), (written - started) / 1e9, (parsed - started) / 1e9, (compiledAt - parsed) / 1e9,
                (written - compiledAt) / 1e9, PeakHeap.mebibytes()));
        Console.info(System.out, "Manifest written to " + manifest);
        return 0;
    }
}
