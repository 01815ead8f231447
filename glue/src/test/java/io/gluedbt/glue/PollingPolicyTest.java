package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollingPolicyTest {
    @Test
    void pollsBackOffByOneAndAHalfUpToTwoSeconds() {
        PollingPolicy policy = PollingPolicy.standard();
        assertThat(IntStream.range(0, 10).mapToObj(policy::pollDelay).map(Duration::toMillis).toList())
                .containsExactly(100L, 150L, 225L, 338L, 506L, 759L, 1139L, 1709L, 2000L, 2000L);
        assertThat(policy.pollDelay(10_000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retriesUseFullJitterUnderAnExponentialCeiling() {
        PollingPolicy policy = PollingPolicy.standard();
        Random random = new Random(7);
        for (int retry = 0; retry < 12; retry++) {
            long ceiling = Math.min(2000, 200L << retry);
            for (int sample = 0; sample < 50; sample++) {
                assertThat(policy.retryDelay(retry, random).toMillis()).isBetween(0L, ceiling);
            }
        }
        assertThat(policy.retryDelay(3, new FixedRandom(1.0)).toMillis()).isEqualTo(1600);
        assertThat(policy.retryDelay(3, new FixedRandom(0.0)).toMillis()).isZero();
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThatThrownBy(() -> new PollingPolicy(Duration.ofSeconds(3), 1.5, Duration.ofSeconds(2), Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need 0 <= initialDelay <= maxDelay, got PT3S and PT2S");
        assertThatThrownBy(() -> new PollingPolicy(Duration.ZERO, 0.5, Duration.ofSeconds(2), Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("multiplier must be at least 1, got 0.5");
    }

    private static final class FixedRandom implements java.util.random.RandomGenerator {
        private final double value;

        FixedRandom(double value) {
            this.value = value;
        }

        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
