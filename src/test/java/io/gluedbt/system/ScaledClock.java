package io.gluedbt.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock running {@code scale} times as fast as the system's from the moment it is made: a bench's simulated time
 * for the Lambda handlers, so node timings, the run history and poll pacing are in the same simulated seconds as the
 * scaled Wait states and the injected statement durations.
 */
final class ScaledClock extends Clock {
    private final long originMillis;
    private final double scale;

    ScaledClock(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.originMillis = System.currentTimeMillis();
        this.scale = scale;
    }

    @Override
    public long millis() {
        return originMillis + Math.round((System.currentTimeMillis() - originMillis) * scale);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a scaled clock is always UTC");
    }
}
