package io.gluedbt.local.spark;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The embedded engine: the JVM's one SparkSession ({@link SparkSessions}) on a persistent warehouse.
 * <p>
 * Threads: the run loop calls {@link #execute} from several threads at once. Each calling thread gets its own
 * child session ({@code SparkSession.newSession()}: shared SparkContext, metastore and cached data; its own SQL
 * configuration, current database and temporary views), like one Glue session per lane, so a node's
 * {@code SET} or temporary view never leaks into a node running beside it. {@link #catalog()} answers on the
 * calling thread's session too.
 * <p>
 * Target values read: {@code spark_conf}, a map of extra Spark configuration applied when the session starts
 * (e.g. {@code spark.sql.shuffle.partitions: 8}). The warehouse root comes from
 * {@link WarehouseLayout#forProject} ({@code warehouse_dir}).
 */
public final class LocalSparkEngine implements Engine {
    /** Target key: a map of extra Spark configuration. */
    public static final String SPARK_CONF_KEY = "spark_conf";

    private final WarehouseLayout layout;
    private final SparkSession root;
    private final ThreadLocal<SparkSession> sessions;
    private final SparkCatalogView catalog;

    private LocalSparkEngine(WarehouseLayout layout, SparkSession root) {
        this.layout = layout;
        this.root = root;
        this.sessions = ThreadLocal.withInitial(root::newSession);
        this.catalog = new SparkCatalogView(this::session);
    }

    /** Starts (or joins) the JVM's SparkSession on the warehouse rooted at {@code warehouseDirectory}. */
    public static LocalSparkEngine open(Path warehouseDirectory, Map<String, Object> targetValues) {
        requireNonNull(warehouseDirectory, "warehouseDirectory is null");
        requireNonNull(targetValues, "targetValues is null");
        WarehouseLayout layout = new WarehouseLayout(warehouseDirectory);
        return new LocalSparkEngine(layout, SparkSessions.open(layout, sparkConfiguration(targetValues)));
    }

    /** {@link #open} on the project's warehouse: {@code warehouse_dir} of the target, else {@code <project>/target/gluedbt-warehouse}. */
    public static LocalSparkEngine openForProject(Path projectDirectory, Map<String, Object> targetValues) {
        return open(WarehouseLayout.forProject(projectDirectory, targetValues).root(), targetValues);
    }

    public WarehouseLayout layout() {
        return layout;
    }

    /** The calling thread's session: for the data generator and diagnostics. */
    public SparkSession session() {
        return sessions.get();
    }

    @Override
    public CatalogView catalog() {
        return catalog;
    }

    @Override
    public NodeResult execute(NodeStatements statements) {
        requireNonNull(statements, "statements is null");
        long started = System.nanoTime();
        SparkSession session = session();
        // Each worker thread has its own child session with its own relation cache; another thread may have
        // just replaced a table this node reads, so forget cached file listings first (cheap: metadata only).
        session.sessionState().catalog().invalidateAllCachedTables();
        List<StatementOutcome> outcomes = new ArrayList<>();
        List<SqlStatement> list = statements.statements();
        for (int index = 0; index < list.size(); index++) {
            try {
                outcomes.add(StatementRunner.run(session, list.get(index)));
            } catch (Exception exception) {
                return new NodeResult(statements.nodeId(), outcomes, Optional.of(SparkFailures.failure(index, exception)), secondsSince(started));
            }
        }
        return new NodeResult(statements.nodeId(), outcomes, Optional.empty(), secondsSince(started));
    }

    @Override
    public String describe() {
        return "embedded Spark " + root.version() + " (" + root.sparkContext().master() + ", Iceberg as "
                + SparkSessions.ICEBERG_CATALOG + ", Delta, Hudi) on " + layout.root();
    }

    /** Stops the JVM's SparkSession; the warehouse keeps every table for the next run. */
    @Override
    public void close() {
        SparkSessions.stop();
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static Map<String, String> sparkConfiguration(Map<String, Object> targetValues) {
        Map<String, String> configuration = new LinkedHashMap<>();
        if (targetValues.get(SPARK_CONF_KEY) instanceof Map<?, ?> extra) {
            extra.forEach((key, value) -> configuration.put(String.valueOf(key), String.valueOf(value)));
        }
        return configuration;
    }
}
