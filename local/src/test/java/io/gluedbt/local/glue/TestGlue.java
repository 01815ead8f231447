package io.gluedbt.local.glue;

import io.gluedbt.compiler.project.Target;
import io.gluedbt.glue.GlueSessionEngine;
import io.gluedbt.glue.GlueSettings;
import io.gluedbt.local.spark.TestSpark;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test JVM's one local Glue endpoint (on {@link TestSpark}'s SparkSession) and a factory for
 * GlueSessionEngines pointed at it. The endpoint is closed by its own shutdown hook at JVM exit.
 */
public final class TestGlue {
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GlueInteractiveSessionRole";

    private static LocalGlueEndpoint endpoint;

    private TestGlue() {}

    public static synchronized LocalGlueEndpoint endpoint() {
        if (endpoint == null) {
            endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()));
        }
        return endpoint;
    }

    /** The profile output (YAML) of a glue target on the endpoint; {@code extra} lines are appended. */
    public static String profileOutput(String extra) {
        return "type: glue\nrole_arn: " + ROLE_ARN + "\nregion: us-east-1\nendpoint_url: " + endpoint().uri()
                + "\nschema: ${schema}\nthreads: 2\nworkers: 2\n" + extra;
    }

    /** A Glue engine on the endpoint with the given target values on top of role, region, endpoint and threads. */
    public static GlueSessionEngine engine(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("type", "glue");
        all.put("role_arn", ROLE_ARN);
        all.put("region", "us-east-1");
        all.put("endpoint_url", endpoint().uri().toString());
        all.put("threads", 2);
        all.put("workers", 2);
        all.putAll(values);
        Target target = new Target("test", "glue", "glue", "default", "default", ((Number) all.get("threads")).intValue(), all,
                "profiles.yml", Map.of());
        return GlueSessionEngine.open(GlueSettings.fromTarget(target));
    }
}
