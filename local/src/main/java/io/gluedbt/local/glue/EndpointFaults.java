package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Switchable faults and time scaling of one endpoint; thread-safe, effective from the next request.
 * Defaults: no delay, no throttling, no failures, one IdleTimeout minute lasting one minute.
 */
public final class EndpointFaults {
    private Duration provisioningDelay = Duration.ZERO;
    private Duration statementLatency = Duration.ZERO;
    private double throttleShare;
    private Random throttleRandom = new Random(0);
    private int failingStatements;
    private String failureName = "";
    private String failureValue = "";
    private Duration idleTimeoutMinute = Duration.ofMinutes(1);
    private final Set<String> forcedTimeouts = new TreeSet<>();

    EndpointFaults() {}

    /**
     * How long CreateSession's session stays PROVISIONING beyond the Python worker's own start; with a prewarmed
     * worker ({@link LocalGlueEndpoint#prewarm}), how long it stays PROVISIONING from CreateSession.
     */
    public synchronized EndpointFaults provisioningDelay(Duration delay) {
        this.provisioningDelay = nonNegative(delay, "delay");
        return this;
    }

    /** Extra time every statement spends RUNNING before its code runs. */
    public synchronized EndpointFaults statementLatency(Duration latency) {
        this.statementLatency = nonNegative(latency, "latency");
        return this;
    }

    /** Answers a share (0..1) of all requests with ThrottlingException, drawn from a Random seeded with {@code seed}. */
    public synchronized EndpointFaults throttle(double share, long seed) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0..1: " + share);
        }
        this.throttleShare = share;
        this.throttleRandom = new Random(seed);
        return this;
    }

    /** The next {@code count} statements end with Output.Status error, ErrorName {@code errorName}, ErrorValue {@code errorValue}. */
    public synchronized EndpointFaults failNextStatements(int count, String errorName, String errorValue) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.failingStatements = count;
        this.failureName = requireNonNull(errorName, "errorName is null");
        this.failureValue = requireNonNull(errorValue, "errorValue is null");
        return this;
    }

    /** The session goes TIMEOUT at the idle sweep (within about 200 ms), whatever its IdleTimeout. */
    public synchronized EndpointFaults forceTimeout(String sessionId) {
        forcedTimeouts.add(requireNonNull(sessionId, "sessionId is null"));
        return this;
    }

    /** How long one IdleTimeout minute lasts (tests scale it down, e.g. to 100 ms). */
    public synchronized EndpointFaults idleTimeoutMinute(Duration minute) {
        if (minute.isZero() || minute.isNegative()) {
            throw new IllegalArgumentException("minute must be positive: " + minute);
        }
        this.idleTimeoutMinute = minute;
        return this;
    }

    /** Back to the defaults (forced timeouts not yet applied are dropped). */
    public synchronized EndpointFaults reset() {
        provisioningDelay = Duration.ZERO;
        statementLatency = Duration.ZERO;
        throttleShare = 0;
        failingStatements = 0;
        idleTimeoutMinute = Duration.ofMinutes(1);
        forcedTimeouts.clear();
        return this;
    }

    synchronized Duration provisioningDelay() {
        return provisioningDelay;
    }

    synchronized Duration statementLatency() {
        return statementLatency;
    }

    synchronized Duration idleTimeoutMinute() {
        return idleTimeoutMinute;
    }

    synchronized boolean throttleNow() {
        return throttleShare > 0 && throttleRandom.nextDouble() < throttleShare;
    }

    /** The injected failure for the statement starting now, as {ErrorName, ErrorValue}, consuming one. */
    synchronized Optional<String[]> takeStatementFailure() {
        if (failingStatements == 0) {
            return Optional.empty();
        }
        failingStatements--;
        return Optional.of(new String[] {failureName, failureValue});
    }

    synchronized boolean takeForcedTimeout(String sessionId) {
        return forcedTimeouts.remove(sessionId);
    }

    private static Duration nonNegative(Duration duration, String name) {
        requireNonNull(duration, name + " is null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }
}
