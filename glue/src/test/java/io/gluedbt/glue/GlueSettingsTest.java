package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Target;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlueSettingsTest {
    private static GlueSettings parse(Map<String, Object> extra) {
        Map<String, Object> values = FakeGlue.glueTarget();
        values.putAll(extra);
        return GlueSettings.fromTarget(new Target("taxi", "dev", "glue", "analytics", null, 3, values, "profiles.yml", Map.of()));
    }

    @Test
    void defaultsFollowDbtGlue() {
        GlueSettings settings = parse(Map.of());
        assertThat(settings.workers()).isEqualTo(5);
        assertThat(settings.workerType()).isEqualTo("G.1X");
        assertThat(settings.glueVersion()).isEqualTo("5.0");
        assertThat(settings.idleTimeoutMinutes()).isEqualTo(10);
        assertThat(settings.queryTimeoutMinutes()).isEqualTo(300);
        assertThat(settings.provisioningTimeoutSeconds()).isEqualTo(120);
        assertThat(settings.threads()).isEqualTo(3);
        assertThat(settings.reuseSessionId()).isEmpty();
        assertThat(settings.sessionIdPrefix()).isEqualTo("gluedbt");
        assertThat(settings.accountId()).contains("123456789012");
        assertThat(settings.sessionArguments()).containsExactly(Map.entry("--enable-glue-datacatalog", "true"));
    }

    @Test
    void stringFormsAsDbtGluePassesThem() {
        GlueSettings settings = parse(Map.of(
                "workers", "2", "conf", "spark.sql.shuffle.partitions=4 --conf spark.a=b",
                "default_arguments", "--enable-metrics=true, --job-bookmark-option='job-bookmark-disable'",
                "tags", "team=data, env=dev", "connections", "vpc-a,vpc-b,vpc-a",
                "datalake_formats", "iceberg", "extra_jars", "s3://b/x.jar", "location", "s3://bucket/warehouse/",
                "glue_session_id", "nightly", "glue_session_reuse", "true"));
        assertThat(settings.workers()).isEqualTo(2);
        assertThat(settings.connections()).containsExactly("vpc-a", "vpc-b");
        assertThat(settings.tags()).containsExactly(Map.entry("team", "data"), Map.entry("env", "dev"));
        assertThat(settings.location()).contains("s3://bucket/warehouse");
        assertThat(settings.reuseSessionId()).contains("nightly");
        assertThat(settings.sessionArguments()).containsExactly(
                Map.entry("--enable-glue-datacatalog", "true"),
                Map.entry("--enable-metrics", "true"),
                Map.entry("--job-bookmark-option", "job-bookmark-disable"),
                Map.entry("--extra-jars", "s3://b/x.jar"),
                Map.entry("--conf", "spark.sql.shuffle.partitions=4 --conf spark.a=b"),
                Map.entry("--datalake-formats", "iceberg"));
    }

    @Test
    void mapsAndEndpointsAreAccepted() {
        GlueSettings settings = parse(Map.of("conf", Map.of("spark.a", "1"), "tags", Map.of("team", "data"),
                "connections", List.of("vpc-a"), "endpoint_url", "http://127.0.0.1:4566", "s3_endpoint_url", "http://127.0.0.1:9000"));
        assertThat(settings.sparkConf()).contains("spark.a=1");
        assertThat(settings.tags()).containsExactly(Map.entry("team", "data"));
        assertThat(settings.glueEndpoint()).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(settings.s3Endpoint()).contains(URI.create("http://127.0.0.1:9000"));
        assertThat(settings.lakeFormationEndpoint()).isEqualTo(Optional.empty());
    }

    @Test
    void missingRoleArnNamesTheField() {
        Map<String, Object> values = FakeGlue.glueTarget();
        values.remove("role_arn");
        assertThatThrownBy(() -> GlueSettings.fromTarget(new Target("taxi", "dev", "glue", "analytics", null, 1, values, "profiles.yml", Map.of())))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml: target 'dev' of profile 'taxi': 'role_arn' is required for a glue target (the IAM role the sessions run as)")
                .extracting(exception -> ((GluedbtException) exception).code()).isEqualTo(ErrorCode.PROJECT_INVALID);
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> parse(Map.of("workers", "five")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml: target 'dev' of profile 'taxi': 'workers' must be a whole number, got 'five'");
        assertThatThrownBy(() -> parse(Map.of("idle_timeout", 0)))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'idle_timeout' must be at least 1, got 0");
        assertThatThrownBy(() -> parse(Map.of("glue_session_reuse", "maybe")))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'glue_session_reuse' must be true or false, got 'maybe'");
        assertThatThrownBy(() -> parse(Map.of("glue_session_reuse", true)))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'glue_session_reuse' needs 'glue_session_id' (the id of the session to reuse)");
        assertThatThrownBy(() -> parse(Map.of("default_arguments", "--a=1, --b")))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'default_arguments' must be \"k=v,k2=v2\", got the pair '--b' without '='");
        assertThatThrownBy(() -> parse(Map.of("conf", "spark.a=1 --conf spark.b")))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'conf' must be \"key=value --conf key2=value2\", got the part 'spark.b' without '='");
        assertThatThrownBy(() -> parse(Map.of("location", "/tmp/warehouse")))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'location' must be an S3 path such as s3://bucket/prefix, got '/tmp/warehouse'");
        assertThatThrownBy(() -> parse(Map.of("endpoint_url", "localhost:4566")))
                .isInstanceOf(GluedbtException.class)
                .hasMessageEndingWith("'endpoint_url' must be an http(s) URL such as https://glue.us-east-1.amazonaws.com, got 'localhost:4566'");
    }

    @Test
    void unsetEnvironmentVariableIsReportedWhenTheEngineNeedsIt() {
        Map<String, Object> values = FakeGlue.glueTarget();
        values.remove("role_arn");
        Target target = new Target("taxi", "dev", "glue", "analytics", null, 1, values, "profiles.yml",
                Map.of("role_arn", "profiles.yml:5: env_var('GLUE_ROLE') is not set"));
        assertThatThrownBy(() -> GlueSettings.fromTarget(target))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("profiles.yml:5: env_var('GLUE_ROLE') is not set");
    }
}
