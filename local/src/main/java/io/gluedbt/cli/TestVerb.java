package io.gluedbt.cli;

import io.gluedbt.compiler.run.RunCommand;
import picocli.CommandLine.Command;

/** {@code gluedbt test}. */
@Command(name = "test", description = "Run data tests.")
final class TestVerb extends ExecuteCommand {
    @Override
    RunCommand command() {
        return RunCommand.TEST;
    }
}
