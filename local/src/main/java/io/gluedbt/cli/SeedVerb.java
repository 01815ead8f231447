package io.gluedbt.cli;

import io.gluedbt.compiler.run.RunCommand;
import picocli.CommandLine.Command;

/** {@code gluedbt seed}. */
@Command(name = "seed", description = "Load CSV seeds into tables.")
final class SeedVerb extends ExecuteCommand {
    @Override
    RunCommand command() {
        return RunCommand.SEED;
    }
}
