package io.gluedbt.compiler.engine;

import io.gluedbt.compiler.catalog.CatalogView;

/**
 * Where SQL runs: the embedded Spark ({@code LocalSparkEngine}) or AWS Glue interactive sessions
 * ({@code GlueSessionEngine}), behind one interface. A node's statements run together, in order, as one
 * unit (one Glue RunStatement); the first failing statement stops the rest.
 */
public interface Engine extends AutoCloseable {
    /** Live catalog questions (relation existence/type/format, columns, queries) for planning and compile. */
    CatalogView catalog();

    /** Runs one node's statements in order, on one session, stopping at the first failure. */
    NodeResult execute(NodeStatements statements);

    /** A short description for logs and {@code debug}: engine, version, warehouse or session facts. */
    String describe();

    @Override
    void close();
}
