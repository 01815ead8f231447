package io.gluedbt.functions.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.functions.session.SessionSettings;
import io.gluedbt.glue.GlueSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlueConnectionsTest {
    @Test
    void aRunsTargetValuesBecomeGlueSettingsWithItsEndpoints() {
        GlueSettings settings = GlueConnections.glueSettings(new SessionSettings("run-1", "cloud", "glue", Map.of("role_arn",
                "arn:aws:iam::123456789012:role/glue", "region", "eu-west-1", "schema", "analytics", "endpoint_url", "http://127.0.0.1:4566",
                "location", "s3://lake/dbt")));

        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.glueEndpoint()).contains(URI.create("http://127.0.0.1:4566"));
        assertThat(settings.location()).isEqualTo(Optional.of("s3://lake/dbt"));
    }

    @Test
    void aTargetOfAnotherTypeIsRejectedWithTheWayOut() {
        assertThatThrownBy(() -> GlueConnections.glueSettings(new SessionSettings("run-1", "dev", "local", Map.of("schema", "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("target 'dev' is of type 'local': the cloud run needs a 'type: glue' target (choose it with the request's 'target')");
    }
}
