package io.gluedbt.functions.session;

/**
 * Glue refused a call for rate or quota (ThrottlingException and kin). The state machine retries the step with
 * exponential backoff and full jitter, matching this class's name as the Step Functions error name.
 */
public final class SessionThrottledException extends RuntimeException {
    public SessionThrottledException(String message, Throwable cause) {
        super(message, cause);
    }
}
