package io.gluedbt.cli;

import io.gluedbt.compiler.error.GluedbtException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gluedbt} command line: dbt's verbs and flags. Exit codes: 0 success, 1 user error (message
 * names the file and line), 2 internal error.
 */
@Command(name = "gluedbt", mixinStandardHelpOptions = true, version = "gluedbt 0.1.0",
        description = "Runs dbt projects on AWS Glue, serverless (and on an embedded Spark locally).",
        subcommands = {CompileCommand.class, ParseCommand.class, ListCommand.class, RunVerb.class, SeedVerb.class, TestVerb.class,
                BuildVerb.class, SnapshotVerb.class, ShowCommand.class, DebugCommand.class, CleanCommand.class,
                GenerateNycTaxiCommand.class, DocsCommand.class, GlueEndpointCommand.class})
public final class GluedbtCommand {
    public static void main(String[] arguments) {
        System.exit(execute(arguments));
    }

    public static int execute(String... arguments) {
        CommandLine commandLine = new CommandLine(new GluedbtCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof GluedbtException error) {
                System.err.println("Error " + error.code().number() + " " + error.code().name() + ": " + error.getMessage());
                return error.exitCode();
            }
            System.err.println("Internal error: " + exception);
            exception.printStackTrace(System.err);
            return 2;
        });
        return commandLine.execute(arguments);
    }
}
