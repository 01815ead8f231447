package io.gluedbt.local.glue;

import io.gluedbt.compiler.project.Target;
import io.gluedbt.glue.GlueSessionEngine;
import io.gluedbt.glue.GlueSettings;
import io.gluedbt.local.aws.LocalAws;
import io.gluedbt.local.spark.TestSpark;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test JVM's one local Glue endpoint (on {@link TestSpark}'s SparkSession) and a factory for
 * GlueSessionEngines pointed at it. The endpoint is closed by its own shutdown hook at JVM exit.
 */
public final class TestGlue {
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GlueInteractiveSessionRole";

    /** The bucket tables and staged payloads go to: {@code location: s3://gluedbt-test/lake}. */
    public static final String BUCKET = "gluedbt-test";
    public static final String LOCATION = "s3://" + BUCKET + "/lake";

    private static LocalAws aws;

    private TestGlue() {}

    /** Local S3 (under {@code target/local-s3}) and the Glue endpoint on the shared SparkSession, started once. */
    public static synchronized LocalAws aws() {
        if (aws == null) {
            Path root = Path.of("target", "local-s3").toAbsolutePath();
            TestSpark.deleteRecursively(root);
            aws = LocalAws.start(EndpointOptions.of(TestSpark.engine().session()), root, 0);
            aws.s3().createBucket(BUCKET);
        }
        return aws;
    }

    public static LocalGlueEndpoint endpoint() {
        return aws().glue();
    }

    /** The profile output (YAML) of a glue target on the endpoint and local S3; {@code extra} lines are appended. */
    public static String profileOutput(String extra) {
        return "type: glue\nrole_arn: " + ROLE_ARN + "\nregion: us-east-1\nendpoint_url: " + endpoint().uri() + "\ns3_endpoint_url: "
                + aws().s3().uri() + "\nlocation: " + LOCATION + "\nschema: ${schema}\nthreads: 2\nworkers: 2\n" + extra;
    }

    /**
     * A Glue engine on the endpoint with the given target values on top of role, region, endpoints, location and
     * threads; a value of {@code ""} removes that key.
     */
    public static GlueSessionEngine engine(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("type", "glue");
        all.put("role_arn", ROLE_ARN);
        all.put("region", "us-east-1");
        all.put("endpoint_url", endpoint().uri().toString());
        all.put("s3_endpoint_url", aws().s3().uri().toString());
        all.put("location", LOCATION);
        all.put("threads", 2);
        all.put("workers", 2);
        all.putAll(values);
        all.values().removeIf(value -> "".equals(value));
        Target target = new Target("test", "glue", "glue", "default", "default", ((Number) all.get("threads")).intValue(), all,
                "profiles.yml", Map.of());
        return GlueSessionEngine.open(GlueSettings.fromTarget(target));
    }
}
