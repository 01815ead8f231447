package io.gluedbt.functions.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.project.Target;
import io.gluedbt.functions.session.SessionSettings;
import io.gluedbt.glue.GlueClients;
import io.gluedbt.glue.GlueSettings;
import io.gluedbt.glue.GlueStatements;
import io.gluedbt.glue.PollingPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The container's AWS clients, one set per region and endpoint overrides (built on first use and kept: a warm
 * Lambda reuses them), and the target settings of a run turned into {@link GlueStatements}.
 */
final class GlueConnections {
    private final Function<GlueSettings, GlueClients> factory;
    private final PollingPolicy policy;
    private final Map<List<Object>, GlueClients> clients = new ConcurrentHashMap<>();

    GlueConnections(Function<GlueSettings, GlueClients> factory, PollingPolicy policy) {
        this.factory = requireNonNull(factory, "factory is null");
        this.policy = requireNonNull(policy, "policy is null");
    }

    GlueStatements statements(SessionSettings settings) {
        return statements(glueSettings(settings));
    }

    GlueStatements statements(GlueSettings settings) {
        List<Object> key = List.of(settings.region(), optional(settings.glueEndpoint()), optional(settings.s3Endpoint()),
                optional(settings.lakeFormationEndpoint()));
        return GlueStatements.of(settings, clients.computeIfAbsent(key, ignored -> factory.apply(settings)), policy);
    }

    /** The run's target as Glue settings; the cloud run needs a {@code type: glue} target. */
    static GlueSettings glueSettings(SessionSettings settings) {
        if (!"glue".equals(settings.targetType())) {
            throw new IllegalStateException("target '" + settings.targetName() + "' is of type '" + settings.targetType()
                    + "': the cloud run needs a 'type: glue' target (choose it with the request's 'target')");
        }
        Map<String, Object> values = settings.targetValues();
        String schema = String.valueOf(values.getOrDefault("schema", "default"));
        Target target = new Target("gluedbt", settings.targetName(), settings.targetType(), schema, String.valueOf(values.getOrDefault("database", schema)),
                1, values, "profiles.yml", Map.of());
        return GlueSettings.fromTarget(target);
    }

    private static String optional(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
