package io.gluedbt.cli;

import picocli.CommandLine.Command;

/** {@code gluedbt docs generate|serve}, as dbt's {@code docs} group. */
@Command(name = "docs", description = "Generate or serve the project's documentation site.",
        subcommands = {DocsGenerateCommand.class, DocsServeCommand.class}, mixinStandardHelpOptions = true)
final class DocsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: generate or serve");
    }
}
