package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

/**
 * The execution's summary: {@code status} success or error, node counts, and for an error the Step Functions error
 * name and a message (the caught error's, or which nodes failed), which the Fail state reports.
 */
public record FinalizeResponse(String runId, String status, int ok, int error, int skipped, String errorName, String message) {
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";

    public FinalizeResponse {
        requireNonNull(runId, "runId is null");
        requireNonNull(status, "status is null");
    }
}
