package io.gluedbt.functions.glue;

import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.glue.GlueClients;
import io.gluedbt.glue.PollingPolicy;

/**
 * The Glue-backed seams of the cloud run. Clients come from the target ({@code region}, {@code endpoint_url},
 * {@code s3_endpoint_url}) and the default credentials chain; one set per region and endpoints per container.
 */
public final class GlueSessions {
    private static final GlueConnections CONTAINER = new GlueConnections(GlueClients::create, PollingPolicy.standard());

    private GlueSessions() {}

    /** The session service over the container's shared clients. */
    public static SessionService sessionService() {
        return new GlueSessionService(CONTAINER);
    }

    /** The catalog source over the container's shared clients. */
    public static CatalogViewSource catalogViewSource() {
        return new GlueCatalogViewSource(CONTAINER);
    }
}
