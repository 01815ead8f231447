package io.gluedbt.functions.session;

/**
 * Found with java.util.ServiceLoader in a Lambda container (META-INF/services/io.gluedbt.functions.session.SessionServiceProvider):
 * the glue module registers the one backed by GlueSessionEngine.
 */
public interface SessionServiceProvider {
    SessionService create();
}
