package io.gluedbt.cli;

import io.gluedbt.compiler.run.RunCommand;
import picocli.CommandLine.Command;

/** {@code gluedbt snapshot}. */
@Command(name = "snapshot", description = "Record changes of snapshot sources (SCD type 2).")
final class SnapshotVerb extends ExecuteCommand {
    @Override
    RunCommand command() {
        return RunCommand.SNAPSHOT;
    }
}
