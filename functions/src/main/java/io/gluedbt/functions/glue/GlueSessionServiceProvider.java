package io.gluedbt.functions.glue;

import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionServiceProvider;

/** Registered in META-INF/services: the Lambdas' session service is Glue's. */
public final class GlueSessionServiceProvider implements SessionServiceProvider {
    @Override
    public SessionService create() {
        return GlueSessions.sessionService();
    }
}
