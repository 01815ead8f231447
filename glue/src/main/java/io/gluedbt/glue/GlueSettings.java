package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.project.Target;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code type: glue} target's values, with dbt-glue's keys and defaults, plus gluedbt's endpoint overrides
 * ({@code endpoint_url}, {@code s3_endpoint_url}, {@code lakeformation_endpoint_url}; when absent the SDK
 * resolves endpoints as usual, including the {@code AWS_ENDPOINT_URL_<SERVICE>} environment variables).
 *
 * @param reuseSessionId {@code glue_session_id} when {@code glue_session_reuse} is true: the pool then uses
 *     sessions {@code <id>}, {@code <id>-2}, ... and leaves them running for the next run
 * @param sessionIdPrefix the prefix of fresh session ids ({@code glue_session_id}, else {@code gluedbt})
 * @param location the S3 path (no trailing slash) for schema locations and staged payloads
 * @param threads the number of sessions in the pool
 */
public record GlueSettings(
        String roleArn,
        String region,
        int workers,
        String workerType,
        String glueVersion,
        int idleTimeoutMinutes,
        int queryTimeoutMinutes,
        int provisioningTimeoutSeconds,
        Optional<String> securityConfiguration,
        List<String> connections,
        Optional<String> sparkConf,
        Optional<String> extraJars,
        Optional<String> extraPyFiles,
        Map<String, String> defaultArguments,
        Optional<String> datalakeFormats,
        Map<String, String> tags,
        Optional<String> reuseSessionId,
        String sessionIdPrefix,
        Optional<String> location,
        int threads,
        Optional<URI> glueEndpoint,
        Optional<URI> s3Endpoint,
        Optional<URI> lakeFormationEndpoint) {

    public GlueSettings {
        requireNonNull(roleArn, "roleArn is null");
        requireNonNull(region, "region is null");
        requireNonNull(workerType, "workerType is null");
        requireNonNull(glueVersion, "glueVersion is null");
        requireNonNull(securityConfiguration, "securityConfiguration is null");
        connections = List.copyOf(connections);
        requireNonNull(sparkConf, "sparkConf is null");
        requireNonNull(extraJars, "extraJars is null");
        requireNonNull(extraPyFiles, "extraPyFiles is null");
        defaultArguments = Collections.unmodifiableMap(new LinkedHashMap<>(defaultArguments));
        requireNonNull(datalakeFormats, "datalakeFormats is null");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        requireNonNull(reuseSessionId, "reuseSessionId is null");
        requireNonNull(sessionIdPrefix, "sessionIdPrefix is null");
        requireNonNull(location, "location is null");
        requireNonNull(glueEndpoint, "glueEndpoint is null");
        requireNonNull(s3Endpoint, "s3Endpoint is null");
        requireNonNull(lakeFormationEndpoint, "lakeFormationEndpoint is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Reads a glue target; a missing required key or a bad value names the key and the profiles file. */
    public static GlueSettings fromTarget(Target target) {
        requireNonNull(target, "target is null");
        SettingValues values = new SettingValues(target);
        Optional<String> sessionId = values.optionalString("glue_session_id");
        boolean reuse = values.flag("glue_session_reuse");
        if (reuse && sessionId.isEmpty()) {
            throw values.invalid("glue_session_reuse", "needs 'glue_session_id' (the id of the session to reuse)");
        }
        if (sessionId.isPresent() && !sessionId.get().matches("[A-Za-z0-9_-]{1,200}")) {
            throw values.invalid("glue_session_id", "must be letters, digits, '-' and '_' (at most 200), got '" + sessionId.get() + "'");
        }
        return new GlueSettings(
                values.required("role_arn", "the IAM role the sessions run as"),
                values.required("region", "the AWS region of the sessions, e.g. us-east-1"),
                values.positiveInteger("workers", 5),
                values.optionalString("worker_type").orElse("G.1X"),
                values.optionalString("glue_version").orElse("5.0"),
                values.positiveInteger("idle_timeout", 10),
                values.positiveInteger("query_timeout_in_minutes", 300),
                values.positiveInteger("session_provisioning_timeout_in_seconds", 120),
                values.optionalString("security_configuration"),
                values.list("connections"),
                values.sparkConf("conf"),
                values.optionalString("extra_jars"),
                values.optionalString("extra_py_files"),
                values.keyValues("default_arguments"),
                values.optionalString("datalake_formats"),
                values.keyValues("tags"),
                reuse ? sessionId : Optional.empty(),
                sessionId.orElse("gluedbt"),
                values.s3Location("location"),
                target.threads(),
                values.endpoint("endpoint_url"),
                values.endpoint("s3_endpoint_url"),
                values.endpoint("lakeformation_endpoint_url"));
    }

    /**
     * The sessions' {@code DefaultArguments}, as dbt-glue builds them: {@code --enable-glue-datacatalog},
     * then {@code default_arguments}, {@code --extra-jars}, {@code --conf}, {@code --extra-py-files},
     * {@code --datalake-formats}.
     */
    public Map<String, String> sessionArguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("--enable-glue-datacatalog", "true");
        arguments.putAll(defaultArguments);
        extraJars.ifPresent(value -> arguments.put("--extra-jars", value));
        sparkConf.ifPresent(value -> arguments.put("--conf", value));
        extraPyFiles.ifPresent(value -> arguments.put("--extra-py-files", value));
        datalakeFormats.ifPresent(value -> arguments.put("--datalake-formats", value));
        return Collections.unmodifiableMap(arguments);
    }

    /** The same settings with another pool size. */
    public GlueSettings withThreads(int poolSize) {
        return new GlueSettings(roleArn, region, workers, workerType, glueVersion, idleTimeoutMinutes, queryTimeoutMinutes,
                provisioningTimeoutSeconds, securityConfiguration, connections, sparkConf, extraJars, extraPyFiles, defaultArguments,
                datalakeFormats, tags, reuseSessionId, sessionIdPrefix, location, poolSize, glueEndpoint, s3Endpoint, lakeFormationEndpoint);
    }

    /** The AWS account of {@code role_arn} ({@code arn:aws:iam::<account>:role/...}), the Lake Formation catalog id. */
    public Optional<String> accountId() {
        String[] parts = roleArn.split(":");
        return parts.length >= 5 && parts[4].matches("\\d{12}") ? Optional.of(parts[4]) : Optional.empty();
    }
}
