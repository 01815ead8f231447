package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One AWS call with the engine's retries: throttling, 5xx and connection failures are retried with full jitter
 * under the {@link PollingPolicy}; past the budget, or for any other service error, a {@link GluedbtException}
 * ({@code GLUE_API_FAILED}) names the operation and AWS's error code and message.
 */
final class AwsCalls {
    private final PollingPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    AwsCalls(PollingPolicy policy, Sleeper sleeper) {
        this.policy = requireNonNull(policy, "policy is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.random = new Random();
    }

    PollingPolicy policy() {
        return policy;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    /** Runs {@code call}; service errors that are not retryable propagate unchanged (callers map e.g. EntityNotFound). */
    <T> T retrying(String operation, Supplier<T> call) {
        for (int retry = 0;; retry++) {
            try {
                return call.get();
            } catch (AwsServiceException exception) {
                if (!retryable(exception)) {
                    throw exception;
                }
                if (retry >= policy.maxRetries()) {
                    throw new GluedbtException(ErrorCode.GLUE_API_FAILED, operation + " failed after " + (retry + 1) + " attempts ("
                            + (exception.isThrottlingException() ? "throttled" : "HTTP " + exception.statusCode()) + "): "
                            + errorText(exception), exception);
                }
            } catch (SdkClientException exception) {
                if (retry >= policy.maxRetries()) {
                    throw new GluedbtException(ErrorCode.GLUE_API_FAILED, operation + " failed after " + (retry + 1)
                            + " attempts: " + exception.getMessage(), exception);
                }
            }
            sleeper.sleep(policy.retryDelay(retry, random));
        }
    }

    static boolean retryable(AwsServiceException exception) {
        return exception.isThrottlingException() || exception.statusCode() >= 500;
    }

    /** AWS's error code and message: {@code EntityNotFoundException: Session x not found}. */
    static String errorText(AwsServiceException exception) {
        String code = exception.awsErrorDetails() == null ? null : exception.awsErrorDetails().errorCode();
        String message = exception.awsErrorDetails() == null ? exception.getMessage() : exception.awsErrorDetails().errorMessage();
        return (code == null ? exception.getClass().getSimpleName() : code) + ": " + message;
    }

    static GluedbtException failure(String operation, AwsServiceException exception) {
        return new GluedbtException(ErrorCode.GLUE_API_FAILED, operation + " failed: " + errorText(exception), exception);
    }

    /** Waits; interruptible waits end the operation with a clear error. */
    interface Sleeper {
        void sleep(Duration duration);

        static Sleeper system() {
            return duration -> {
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException exception) {
                    Thread.currentThread().interrupt();
                    throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "interrupted while waiting on Glue", exception);
                }
            };
        }
    }
}
