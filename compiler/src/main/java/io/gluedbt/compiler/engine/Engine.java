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

    /**
     * Creates the schemas (databases) a run writes to, when missing, as dbt does before a run. The default
     * runs {@code CREATE DATABASE IF NOT EXISTS}; an engine with a catalog API may do better.
     */
    default void ensureSchemas(java.util.Collection<String> schemas) {
        java.util.List<SqlStatement> statements = schemas.stream().sorted().distinct()
                .map(schema -> SqlStatement.run("create database if not exists " + schema, "create schema " + schema)).toList();
        if (statements.isEmpty()) {
            return;
        }
        NodeResult result = execute(new NodeStatements("operation.create_schemas", statements));
        if (result.failure().isPresent()) {
            throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.INTERNAL,
                    "could not create schema: " + result.failure().get().errorClass() + ": " + result.failure().get().message());
        }
    }

    /**
     * Runs after a model, seed or snapshot built successfully, before its result is reported: what an engine
     * applies through its own APIs rather than SQL (Lake Formation tags and grants on Glue). A thrown
     * exception fails the node. The default does nothing.
     */
    default void afterBuild(io.gluedbt.compiler.model.Node node) {}

    /** A short description for logs and {@code debug}: engine, version, warehouse or session facts. */
    String describe();

    @Override
    void close();
}
