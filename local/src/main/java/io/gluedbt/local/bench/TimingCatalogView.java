package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** A {@link CatalogView} decorator that counts and times each kind of catalog question (thread-safe). */
final class TimingCatalogView implements CatalogView {
    private final CatalogView delegate;
    private final Map<String, long[]> countAndNanos = new TreeMap<>();

    TimingCatalogView(CatalogView delegate) {
        this.delegate = requireNonNull(delegate, "delegate is null");
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        return timed("getRelation", () -> delegate.getRelation(database, schema, identifier));
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        return timed("getColumns", () -> delegate.getColumns(relation));
    }

    @Override
    public QueryResult runQuery(String sql) {
        return timed("runQuery", () -> delegate.runQuery(sql));
    }

    @Override
    public Optional<String> tableFormat(Relation relation) {
        return timed("tableFormat", () -> delegate.tableFormat(relation));
    }

    @Override
    public List<Column> describeQuery(String sql) {
        return timed("describeQuery", () -> delegate.describeQuery(sql));
    }

    @Override
    public List<String> partitionColumns(Relation relation) {
        return timed("partitionColumns", () -> delegate.partitionColumns(relation));
    }

    /** Per method name: {@code {"calls": n, "seconds": s}}, in name order. */
    synchronized Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> summary = new TreeMap<>();
        countAndNanos.forEach((name, values) -> summary.put(name, Map.of("calls", values[0], "seconds", values[1] / 1e9)));
        return summary;
    }

    private <T> T timed(String name, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            long elapsed = System.nanoTime() - started;
            synchronized (this) {
                long[] values = countAndNanos.computeIfAbsent(name, key -> new long[2]);
                values[0]++;
                values[1] += elapsed;
            }
        }
    }
}
