package io.gluedbt.local.s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK v2 clients for a {@link LocalS3}: path-style, dummy credentials, the URLConnection HTTP client. */
final class S3Clients {
    private S3Clients() {}

    static S3Client pathStyle(LocalS3 s3, String accessKey, String secretKey) {
        return S3Client.builder()
                .endpointOverride(s3.uri())
                .forcePathStyle(true)
                .region(Region.of(LocalS3.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
