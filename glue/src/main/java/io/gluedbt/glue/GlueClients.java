package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS clients the engine uses, created once: Glue (no SDK retries: {@link AwsCalls} retries with full
 * jitter under {@link PollingPolicy}), S3 (path-style when {@code s3_endpoint_url} is set) and Lake Formation.
 * All share one url-connection HTTP client.
 */
public record GlueClients(GlueClient glue, S3Client s3, LakeFormationClient lakeFormation) implements AutoCloseable {
    public GlueClients {
        requireNonNull(glue, "glue is null");
        requireNonNull(s3, "s3 is null");
        requireNonNull(lakeFormation, "lakeFormation is null");
    }

    /** Clients for the settings' region and endpoint overrides, with the default credentials chain. */
    public static GlueClients create(GlueSettings settings) {
        requireNonNull(settings, "settings is null");
        SdkHttpClient http = UrlConnectionHttpClient.builder().build();
        Region region = Region.of(settings.region());
        var glue = GlueClient.builder().region(region).httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry()).build());
        settings.glueEndpoint().ifPresent(glue::endpointOverride);
        var s3 = S3Client.builder().region(region).httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build());
        settings.s3Endpoint().ifPresent(endpoint -> s3.endpointOverride(endpoint).forcePathStyle(true));
        var lakeFormation = LakeFormationClient.builder().region(region).httpClient(http);
        settings.lakeFormationEndpoint().ifPresent(lakeFormation::endpointOverride);
        return new GlueClients(glue.build(), s3.build(), lakeFormation.build());
    }

    @Override
    public void close() {
        glue.close();
        s3.close();
        lakeFormation.close();
    }
}
