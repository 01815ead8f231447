package io.gluedbt.cli;

import io.gluedbt.compiler.run.RunCommand;
import picocli.CommandLine.Command;

/** {@code gluedbt build}. */
@Command(name = "build", description = "Seed, run, snapshot and test in dependency order; failing tests stop what depends on them.")
final class BuildVerb extends ExecuteCommand {
    @Override
    RunCommand command() {
        return RunCommand.BUILD;
    }
}
