package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One request the endpoint answered.
 *
 * @param operation the operation name without its service prefix ({@code CreateSession}, {@code GrantPermissions})
 * @param service {@code AWSGlue}, {@code AWSLakeFormation} or {@code STS}
 * @param sessionId the Glue session the request named, if any
 * @param statementId the statement the request named or created, if any
 * @param errorType the error answered ({@code ThrottlingException}, ...), empty on success
 * @param time when the request arrived
 */
public record EndpointCall(String operation, String service, Optional<String> sessionId, Optional<Integer> statementId,
        Optional<String> errorType, Instant time) {
    public EndpointCall {
        requireNonNull(operation, "operation is null");
        requireNonNull(service, "service is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(statementId, "statementId is null");
        requireNonNull(errorType, "errorType is null");
        requireNonNull(time, "time is null");
    }
}
