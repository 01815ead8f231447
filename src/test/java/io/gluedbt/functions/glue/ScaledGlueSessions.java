package io.gluedbt.functions.glue;

import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.glue.GlueClients;
import io.gluedbt.glue.PollingPolicy;
import java.time.Duration;

/**
 * The cloud run's Glue seams ({@link GlueSessions}) on one set of clients whose client-side waits (a session's
 * READY polls, throttling retries) last 1/{@code timeScale} of {@link PollingPolicy#standard()}'s: for benches that
 * run on a scaled clock (simulated seconds per real second), so gluedbt's own waits are simulated as Glue's are.
 */
public final class ScaledGlueSessions {
    private final GlueConnections connections;

    private final double timeScale;

    private ScaledGlueSessions(GlueConnections connections, double timeScale) {
        this.connections = connections;
        this.timeScale = timeScale;
    }

    public static ScaledGlueSessions of(double timeScale) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
        }
        PollingPolicy standard = PollingPolicy.standard();
        PollingPolicy scaled = new PollingPolicy(scale(standard.initialDelay(), timeScale), standard.multiplier(), scale(standard.maxDelay(), timeScale),
                scale(standard.retryBaseDelay(), timeScale), standard.maxRetries());
        return new ScaledGlueSessions(new GlueConnections(GlueClients::create, scaled), timeScale);
    }

    /** The session service; the seconds a statement or node ran (real) come back as simulated seconds, as the handlers' clock counts. */
    public SessionService sessionService() {
        return new ScaledSeconds(new GlueSessionService(connections), timeScale);
    }

    public CatalogViewSource catalogViewSource() {
        return new GlueCatalogViewSource(connections);
    }

    private static Duration scale(Duration duration, double timeScale) {
        return Duration.ofMillis(Math.max(1, Math.round(duration.toMillis() / timeScale)));
    }
}
