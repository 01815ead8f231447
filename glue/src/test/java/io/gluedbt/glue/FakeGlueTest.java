package io.gluedbt.glue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test over a fresh {@link FakeGlue} and its clients per test method (closed after it). */
abstract class FakeGlueTest {
    /** Polls and retries without waiting. */
    static final PollingPolicy FAST = new PollingPolicy(Duration.ZERO, 1.5, Duration.ofMillis(5), Duration.ofMillis(1), 3);

    FakeGlue glue;
    GlueClients clients;

    @BeforeEach
    void startFakeGlue() throws Exception {
        glue = new FakeGlue();
        clients = glue.clients();
    }

    @AfterEach
    void stopFakeGlue() {
        clients.close();
        glue.close();
    }
}
