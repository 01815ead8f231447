package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import io.gluedbt.functions.session.SessionThrottledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.Statement;
import software.amazon.awssdk.services.glue.model.StatementState;

/**
 * A test-only SessionService over the AWS SDK's GlueClient (so every call crosses the real JSON 1.1 protocol),
 * with the fake endpoint's statement code: the cheap stand-in for the 2,000-node plan and the scenarios that need no Spark
 * (the real one, io.gluedbt.functions.glue, runs against the local Glue endpoint in the Spark scenarios).
 */
final class WireSessionService implements SessionService {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final GlueClient glue;

    WireSessionService(URI endpoint) {
        glue = GlueClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void create(SessionSettings settings, List<String> sessionIds) {
        for (String id : sessionIds) {
            call(() -> glue.createSession(request -> request.id(id).role(String.valueOf(settings.targetValues().getOrDefault("role_arn", "local")))
                    .command(command -> command.name("glueetl").pythonVersion("3"))));
        }
    }

    @Override
    public boolean ready(SessionSettings settings, String sessionId) {
        String status = call(() -> glue.getSession(request -> request.id(sessionId))).session().statusAsString();
        if (!status.equals("READY") && !status.equals("PROVISIONING")) {
            throw new IllegalStateException("Glue session " + sessionId + " is " + status + " instead of READY");
        }
        return status.equals("READY");
    }

    @Override
    public void createSchemas(SessionSettings settings, List<String> schemas) {
        for (String schema : schemas) {
            call(() -> glue.createDatabase(request -> request.databaseInput(input -> input.name(schema))));
        }
    }

    @Override
    public String start(SessionSettings settings, String sessionId, List<NodeStatements> nodes) {
        NodeStatements statements = only(nodes);
        return String.valueOf(call(() -> glue.runStatement(request -> request.sessionId(sessionId).code(FakeStatementCode.code(statements)))).id());
    }

    @Override
    public Optional<List<NodeResult>> poll(SessionSettings settings, String sessionId, String statementId, List<String> nodeIds) {
        String nodeId = only(nodeIds);
        Statement statement = call(() -> glue.getStatement(request -> request.sessionId(sessionId).id(Integer.parseInt(statementId)))).statement();
        if (statement.state() != StatementState.AVAILABLE) {
            return Optional.empty();
        }
        try {
            JsonNode output = MAPPER.readTree(statement.output().data().textPlain());
            List<StatementOutcome> outcomes = new ArrayList<>();
            output.get("outcomes").forEach(outcome -> outcomes.add(StatementOutcome.done(outcome.get("rowsAffected").asLong())));
            JsonNode failure = output.get("failure");
            Optional<StatementFailure> failed = failure == null || failure.isNull() ? Optional.empty() : Optional.of(new StatementFailure(
                    failure.get("statementIndex").asInt(), failure.get("errorClass").asText(), failure.get("message").asText()));
            return Optional.of(List.of(new NodeResult(nodeId, outcomes, failed, 0)));
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    @Override
    public void stop(SessionSettings settings, List<String> sessionIds) {
        for (String id : sessionIds) {
            try {
                call(() -> glue.stopSession(request -> request.id(id)));
            } catch (EntityNotFoundException alreadyGone) {
                // never created or already gone: nothing to stop
            }
        }
    }

    /** This fake runs one node per statement ({@link #maxNodesPerStatement()} stays 1). */
    private static <T> T only(List<T> nodes) {
        if (nodes.size() != 1) {
            throw new IllegalArgumentException("the wire fake runs one node per statement, not " + nodes.size());
        }
        return nodes.get(0);
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (GlueException failure) {
            String code = failure.awsErrorDetails() == null ? "" : failure.awsErrorDetails().errorCode();
            if ("ThrottlingException".equals(code) || "ConcurrentRunsExceededException".equals(code)) {
                throw new SessionThrottledException("Glue throttled " + code + ": " + failure.getMessage(), failure);
            }
            throw failure;
        }
    }
}
