package io.gluedbt.local.glue;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetStatementRequest;
import software.amazon.awssdk.services.glue.model.SessionStatus;
import software.amazon.awssdk.services.glue.model.Statement;
import software.amazon.awssdk.services.glue.model.StatementState;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;

/** SDK clients against a local endpoint, and polling helpers (the tests' only waits). */
final class GlueClients {
    private GlueClients() {}

    static GlueClient glue(LocalGlueEndpoint endpoint) {
        return GlueClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    static LakeFormationClient lakeFormation(LocalGlueEndpoint endpoint) {
        return LakeFormationClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static SessionStatus awaitSession(GlueClient glue, String id, SessionStatus wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        SessionStatus status = glue.getSession(request -> request.id(id)).session().status();
        while (status != wanted && status != SessionStatus.FAILED && Instant.now().isBefore(deadline)) {
            pause();
            status = glue.getSession(request -> request.id(id)).session().status();
        }
        return status;
    }

    /** Polls until the statement is no longer WAITING/RUNNING/CANCELLING. */
    static Statement awaitStatement(GlueClient glue, String sessionId, int statementId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        GetStatementRequest request = GetStatementRequest.builder().sessionId(sessionId).id(statementId).build();
        Statement statement = glue.getStatement(request).statement();
        while (isRunning(statement.state()) && Instant.now().isBefore(deadline)) {
            pause();
            statement = glue.getStatement(request).statement();
        }
        return statement;
    }

    private static boolean isRunning(StatementState state) {
        return state == StatementState.WAITING || state == StatementState.RUNNING || state == StatementState.CANCELLING;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        }
    }
}
