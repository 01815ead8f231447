package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.compile.CompileResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gluedbt parse}: writes target/manifest.json without compiled SQL. */
@Command(name = "parse", description = "Parse the project and write target/manifest.json (no compiled SQL).")
final class ParseCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Console.info(System.out, session.summary());
        Path manifest = session.writeArtifacts(new CompileResult(Map.of()));
        Console.info(System.out, "Manifest written to " + manifest);
        return 0;
    }
}
