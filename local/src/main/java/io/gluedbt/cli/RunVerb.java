package io.gluedbt.cli;

import io.gluedbt.compiler.run.RunCommand;
import picocli.CommandLine.Command;

/** {@code gluedbt run}. */
@Command(name = "run", description = "Build selected models on the target.")
final class RunVerb extends ExecuteCommand {
    @Override
    RunCommand command() {
        return RunCommand.RUN;
    }
}
