package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How the engine waits on Glue: statement and session polls back off from {@code initialDelay} by
 * {@code multiplier} up to {@code maxDelay}; a throttled or 5xx call is retried after a full-jitter delay
 * (uniform in {@code [0, min(maxDelay, retryBaseDelay * 2^attempt)]}) at most {@code maxRetries} times.
 */
public record PollingPolicy(Duration initialDelay, double multiplier, Duration maxDelay, Duration retryBaseDelay, int maxRetries) {
    public PollingPolicy {
        requireNonNull(initialDelay, "initialDelay is null");
        requireNonNull(maxDelay, "maxDelay is null");
        requireNonNull(retryBaseDelay, "retryBaseDelay is null");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay, got " + initialDelay + " and " + maxDelay);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
    }

    /** 100 ms, x1.5, capped at 2 s; throttling retried 8 times from 200 ms. */
    public static PollingPolicy standard() {
        return new PollingPolicy(Duration.ofMillis(100), 1.5, Duration.ofSeconds(2), Duration.ofMillis(200), 8);
    }

    /** The wait before poll number {@code poll} (0-based). */
    public Duration pollDelay(int poll) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.min(poll, 64));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.round(millis));
    }

    /** The full-jitter wait before retry number {@code retry} (0-based). */
    public Duration retryDelay(int retry, RandomGenerator random) {
        double ceiling = Math.min(maxDelay.toMillis(), retryBaseDelay.toMillis() * Math.pow(2, Math.min(retry, 30)));
        return Duration.ofMillis(Math.round(random.nextDouble() * ceiling));
    }
}
