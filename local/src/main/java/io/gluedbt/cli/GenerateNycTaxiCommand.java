package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.local.data.GeneratedTable;
import io.gluedbt.local.data.NycTaxiGenerator;
import io.gluedbt.local.spark.LocalSparkEngine;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gluedbt generate-nyc-taxi}: writes deterministic NYC taxi trips shaped like the blog's
 * {@code nyctaxi.records} Glue table into the local warehouse of a {@code type: local} target.
 */
@Command(name = "generate-nyc-taxi", description = "Generate the NYC taxi trips table (nyctaxi.records) in the local warehouse.")
final class GenerateNycTaxiCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--rows", description = "How many trips (default 1,000,000).")
    long rows = NycTaxiGenerator.DEFAULT_ROWS;

    @Option(names = "--seed", description = "Random seed (same seed, same data).")
    long seed = NycTaxiGenerator.DEFAULT_SEED;

    @Override
    public Integer call() {
        ProjectSession session = ProjectSession.open(project.toLoadOptions());
        var target = session.parsed().project().target();
        if (!target.type().equals("local")) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, target.profilesFile() + ": generate-nyc-taxi writes into the embedded warehouse; "
                    + "use a target of type 'local' (e.g. --target local), not '" + target.type() + "'");
        }
        try (LocalSparkEngine engine = LocalSparkEngine.openForProject(session.parsed().project().root().root(), target.values())) {
            Console.info(System.out, String.format(Locale.ROOT, "Generating %,d NYC taxi trips into %s (%s)", rows, NycTaxiGenerator.TABLE, engine.describe()));
            GeneratedTable table = NycTaxiGenerator.generate(engine.session(), rows, seed);
            Console.info(System.out, String.format(Locale.ROOT, "Wrote %,d rows in %d partitions to %s in %.1fs", table.rows(), table.partitions(),
                    table.table(), table.seconds()));
        }
        return 0;
    }
}
