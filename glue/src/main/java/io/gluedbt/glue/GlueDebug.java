package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gluedbt debug} for a glue target: the settings, whether the credentials may call Glue, and whether a
 * session starts as the role and runs a statement (the session is stopped afterwards). Each line starts with
 * {@code OK} or {@code FAIL}, or is an indented fact.
 */
public final class GlueDebug {
    private GlueDebug() {}

    public static List<String> check(GlueSettings settings, GlueClients clients) {
        requireNonNull(settings, "settings is null");
        requireNonNull(clients, "clients is null");
        List<String> lines = new ArrayList<>();
        lines.add("  region: " + settings.region() + settings.glueEndpoint().map(endpoint -> ", glue endpoint: " + endpoint).orElse(""));
        lines.add("  role_arn: " + settings.roleArn());
        lines.add("  sessions: " + settings.threads() + " x " + settings.workers() + " " + settings.workerType() + ", Glue " + settings.glueVersion()
                + settings.location().map(location -> ", location " + location).orElse(""));
        try {
            clients.glue().listSessions(request -> request.maxResults(1));
            lines.add("OK credentials: glue:ListSessions allowed");
        } catch (RuntimeException exception) {
            lines.add("FAIL credentials: " + describe(exception));
            return List.copyOf(lines);
        }
        long started = System.nanoTime();
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings.withThreads(1), clients)) {
            NodeResult result = engine.execute(new NodeStatements("operation.debug", List.of(SqlStatement.fetch("select 1 as ok", "debug", 1))));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (result.succeeded()) {
                lines.add(String.format(java.util.Locale.ROOT, "OK session: started as the role and ran a statement in %.1f s", seconds));
            } else {
                lines.add("FAIL session: " + result.failure().get().errorClass() + ": " + result.failure().get().message());
            }
        } catch (RuntimeException exception) {
            lines.add("FAIL session: " + describe(exception));
        }
        return List.copyOf(lines);
    }

    private static String describe(RuntimeException exception) {
        return exception instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws ? AwsCalls.errorText(aws) : exception.getMessage();
    }
}
