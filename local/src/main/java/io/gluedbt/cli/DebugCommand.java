package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.glue.GlueClients;
import io.gluedbt.glue.GlueDebug;
import io.gluedbt.glue.GlueSettings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gluedbt debug}: checks the project, the profile and the connection, as {@code dbt debug} does. */
@Command(name = "debug", description = "Check the project, the profile and the connection to the target.")
final class DebugCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Override
    public Integer call() {
        Console.info(System.out, "gluedbt 0.1.0 (dbt " + ProjectSession.DBT_VERSION + " compatible), Java " + Runtime.version());
        ProjectSession session;
        try {
            session = ProjectSession.open(project.toLoadOptions());
        } catch (GluedbtException exception) {
            Console.info(System.out, "Configuration: [ERROR] " + exception.getMessage());
            return 1;
        }
        Target target = session.parsed().project().target();
        Console.info(System.out, "Using profiles.yml file at " + target.profilesFile());
        Console.info(System.out, "Using dbt_project.yml file at " + session.parsed().project().root().root().resolve("dbt_project.yml"));
        Console.info(System.out, "Configuration:");
        Console.info(System.out, "  profiles.yml file [OK found and valid]");
        Console.info(System.out, "  dbt_project.yml file [OK found and valid]");
        Console.info(System.out, "Connection:");
        Console.info(System.out, "  type: " + target.type());
        Console.info(System.out, "  schema: " + target.schema());
        target.values().forEach((key, value) -> {
            if (!key.equals("type") && !key.equals("schema") && !key.equals("database")) {
                Console.info(System.out, "  " + key + ": " + value);
            }
        });
        target.unresolved().forEach((key, error) -> Console.info(System.out, "  " + key + ": [NOT SET] " + error));
        if (target.type().equals("glue")) {
            return glueChecks(target);
        }
        try (Engine engine = Engines.open(session)) {
            NodeResult result = engine.execute(new NodeStatements("debug.connection", List.of(SqlStatement.fetch("select 1 as ok", "connection test", 1))));
            if (result.failure().isPresent()) {
                Console.info(System.out, "  Connection test: [ERROR] " + result.failure().get().message());
                return 1;
            }
            Console.info(System.out, "  Connection test: [OK connection ok] (" + engine.describe() + ")");
        } catch (GluedbtException exception) {
            Console.info(System.out, "  Connection test: [ERROR] " + exception.getMessage());
            return 1;
        }
        Console.info(System.out, "All checks passed!");
        return 0;
    }

    /** Credentials, role and a real session start (stopped afterwards), one line each. */
    private static int glueChecks(Target target) {
        try {
            GlueSettings settings = GlueSettings.fromTarget(target);
            List<String> lines;
            try (GlueClients clients = GlueClients.create(settings)) {
                lines = GlueDebug.check(settings, clients);
            }
            lines.forEach(line -> Console.info(System.out, line.startsWith("  ") ? line : "  " + line.replaceFirst("^OK ", "[OK] ")
                    .replaceFirst("^FAIL ", "[ERROR] ")));
            if (lines.stream().anyMatch(line -> line.startsWith("FAIL"))) {
                return 1;
            }
        } catch (GluedbtException exception) {
            Console.info(System.out, "  Connection test: [ERROR] " + exception.getMessage());
            return 1;
        }
        Console.info(System.out, "All checks passed!");
        return 0;
    }
}
