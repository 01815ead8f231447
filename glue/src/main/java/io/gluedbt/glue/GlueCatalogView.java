package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * The Glue Data Catalog as templates see it: relations, formats, columns and partitions from GetTable (one call
 * per relation, cached until the engine runs a node that writes), queries through a statement on a session. Until
 * the first invalidation (that is, while a run only compiles), a database asked about {@link #LISTING_AFTER} times is
 * read whole with GetTables instead: compiling a project's many models makes a few calls, not one per relation.
 */
final class GlueCatalogView implements CatalogView {
    private final GlueClient glue;
    private final AwsCalls calls;
    private final Function<NodeStatements, NodeResult> statements;
    /** Lookups of one database after which, while nothing was invalidated, the whole database is listed. */
    static final int LISTING_AFTER = 4;
    private final Map<String, Optional<Table>> tables = new ConcurrentHashMap<>();
    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();
    private final java.util.Set<String> listed = ConcurrentHashMap.newKeySet();
    private volatile boolean invalidated;

    GlueCatalogView(GlueClient glue, AwsCalls calls, Function<NodeStatements, NodeResult> statements) {
        this.glue = requireNonNull(glue, "glue is null");
        this.calls = requireNonNull(calls, "calls is null");
        this.statements = requireNonNull(statements, "statements is null");
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        String name = schema != null ? schema : database;
        requireNonNull(name, "schema and database are null");
        requireNonNull(identifier, "identifier is null");
        return table(name, identifier).map(table -> {
            String tableDatabase = table.databaseName() == null ? name : table.databaseName();
            return new Relation(tableDatabase, tableDatabase, table.name(), GlueTables.type(table));
        });
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        return table(relation.getSchema(), relation.getIdentifier()).map(GlueTables::columns).orElse(List.of());
    }

    @Override
    public Optional<String> tableFormat(Relation relation) {
        return table(relation.getSchema(), relation.getIdentifier()).flatMap(GlueTables::format);
    }

    @Override
    public List<String> partitionColumns(Relation relation) {
        return table(relation.getSchema(), relation.getIdentifier()).map(GlueTables::partitionColumns).orElse(List.of());
    }

    @Override
    public QueryResult runQuery(String sql) {
        StatementOutcome outcome = fetch(sql, "run_query");
        return new QueryResult(outcome.columns(), outcome.rows());
    }

    /** The query's columns from {@code DESCRIBE QUERY} (analyzed, not run). */
    @Override
    public List<Column> describeQuery(String sql) {
        StatementOutcome outcome = fetch("describe query " + sql, "describe query");
        List<Column> columns = new ArrayList<>();
        for (List<Object> row : outcome.rows()) {
            columns.add(new Column(String.valueOf(row.get(0)), String.valueOf(row.get(1))));
        }
        return List.copyOf(columns);
    }

    /** Forgets every cached table (after a node that may have created, replaced or dropped one). */
    void invalidate() {
        invalidated = true;
        tables.clear();
        listed.clear();
    }

    /** GetDatabase, then CreateDatabase when missing (at {@code <location>/<schema>} when a location is set). */
    void ensureDatabase(String schema, Optional<String> location) {
        try {
            calls.retrying("GetDatabase " + schema, () -> glue.getDatabase(builder -> builder.name(schema)));
            return;
        } catch (EntityNotFoundException missing) {
            // create it below
        } catch (AwsServiceException exception) {
            throw AwsCalls.failure("GetDatabase " + schema, exception);
        }
        try {
            calls.retrying("CreateDatabase " + schema, () -> glue.createDatabase(builder -> builder.databaseInput(input -> {
                input.name(schema);
                location.ifPresent(root -> input.locationUri(root + "/" + schema));
            })));
        } catch (AlreadyExistsException raced) {
            // another run created it meanwhile
        } catch (AwsServiceException exception) {
            throw AwsCalls.failure("CreateDatabase " + schema, exception);
        }
    }

    private StatementOutcome fetch(String sql, String purpose) {
        NodeResult result = statements.apply(new NodeStatements("operation." + purpose.replace(' ', '_'), List.of(SqlStatement.fetch(sql, purpose, 0))));
        if (result.failure().isPresent()) {
            StatementFailure failure = result.failure().get();
            String message = failure.message().startsWith("[" + failure.errorClass() + "]") ? failure.message()
                    : "[" + failure.errorClass() + "] " + failure.message();
            throw new GluedbtException(ErrorCode.COMPILER_ERROR, purpose + " failed: " + message);
        }
        return result.outcomes().isEmpty() ? StatementOutcome.done(-1) : result.outcomes().get(0);
    }

    private Optional<Table> table(String database, String identifier) {
        String key = database.toLowerCase(Locale.ROOT) + "." + identifier.toLowerCase(Locale.ROOT);
        Optional<Table> cached = tables.get(key);
        if (cached != null) {
            return cached;
        }
        String databaseKey = database.toLowerCase(Locale.ROOT);
        if (listed.contains(databaseKey) || (!invalidated && lookups.merge(databaseKey, 1, Integer::sum) >= LISTING_AFTER && list(database))) {
            return tables.computeIfAbsent(key, absent -> Optional.empty());
        }
        Optional<Table> table;
        try {
            table = Optional.ofNullable(calls.retrying("GetTable " + key,
                    () -> glue.getTable(builder -> builder.databaseName(database).name(identifier))).table());
        } catch (EntityNotFoundException missing) {
            table = Optional.empty();
        } catch (AwsServiceException exception) {
            throw AwsCalls.failure("GetTable " + key, exception);
        }
        tables.put(key, table);
        return table;
    }

    /** Reads the whole database into the cache (GetTables, every page); false when Glue refused (GetTable goes on per relation). */
    private boolean list(String database) {
        String prefix = database.toLowerCase(Locale.ROOT) + ".";
        try {
            Map<String, Optional<Table>> found = new java.util.HashMap<>();
            calls.retrying("GetTables " + database, () -> {
                found.clear();
                glue.getTablesPaginator(builder -> builder.databaseName(database)).stream().flatMap(page -> page.tableList().stream())
                        .forEach(table -> found.put(prefix + table.name().toLowerCase(Locale.ROOT), Optional.of(table)));
                return found;
            });
            tables.putAll(found);
        } catch (EntityNotFoundException missing) {
            // no such database: every relation in it is absent
        } catch (AwsServiceException exception) {
            return false;
        }
        listed.add(database.toLowerCase(Locale.ROOT));
        return true;
    }
}
