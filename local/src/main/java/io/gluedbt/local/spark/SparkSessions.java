package io.gluedbt.local.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one embedded SparkSession of this JVM: local[*], Hive metastore on embedded Derby under a
 * {@link WarehouseLayout}, Delta owning {@code spark_catalog}, Hudi through its extension, Iceberg as
 * {@code glue_catalog} (a Hive-type catalog on the same metastore, so {@code glue_catalog.db.table} and
 * {@code db.table} share databases, as on Glue). Tables, views and partitions persist across processes.
 * <p>
 * Spark allows one SparkContext per JVM: {@link #open} returns the running session when its layout is the
 * same, and refuses another layout until {@link #stop}.
 */
public final class SparkSessions {
    /** The Iceberg catalog's name, as dbt-glue's Iceberg configuration names it. */
    public static final String ICEBERG_CATALOG = "glue_catalog";

    private static SparkSession session;
    private static WarehouseLayout sessionLayout;

    private SparkSessions() {}

    /** The running session on {@code layout}, started on first use (2-3 s warm). */
    public static synchronized SparkSession open(WarehouseLayout layout, Map<String, String> extraConfiguration) {
        requireNonNull(layout, "layout is null");
        requireNonNull(extraConfiguration, "extraConfiguration is null");
        if (session != null && !session.sparkContext().isStopped()) {
            if (!sessionLayout.equals(layout)) {
                throw new IllegalStateException("a SparkSession on " + sessionLayout.root() + " is already running in this JVM;"
                        + " stop it before opening " + layout.root());
            }
            return session;
        }
        createDirectories(layout);
        System.setProperty("derby.stream.error.file", layout.derbyLog().toString());
        // Hudi sizes records with JOL, which otherwise attaches an agent and the HotSpot Serviceability Agent to
        // this JVM: seconds on the first Hudi write, and "# WARNING: Unable to attach" lines on stderr.
        System.setProperty("jol.skipDynamicAttach", "true");
        System.setProperty("jol.skipHotspotSAAttach", "true");
        silenceObjectSizingWarnings();
        SparkSession.Builder builder = SparkSession.builder();
        configuration(layout).forEach(builder::config);
        extraConfiguration.forEach(builder::config);
        session = builder.getOrCreate();
        sessionLayout = layout;
        return session;
    }

    /** Stops the session, if one runs (tables stay in the warehouse). */
    public static synchronized void stop() {
        if (session != null) {
            session.stop();
            SparkSession.clearActiveSession();
            SparkSession.clearDefaultSession();
            session = null;
            sessionLayout = null;
        }
    }

    /** The session's Spark configuration on {@code layout}, in a stable order. */
    public static Map<String, String> configuration(WarehouseLayout layout) {
        String warehouse = layout.warehouse().toUri().toString();
        String temporary = layout.temporary().toString();
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.master", "local[*]");
        conf.put("spark.app.name", "gluedbt");
        conf.put("spark.driver.host", "127.0.0.1");
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.ui.showConsoleProgress", "false");
        conf.put("spark.local.dir", temporary + "/spark");
        // Iceberg's parser must come last: the last extension's parser sees SQL first (CALL glue_catalog.system...).
        conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension,"
                + "org.apache.spark.sql.hudi.HoodieSparkSessionExtension,"
                + "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
        conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        conf.put("spark.sql.catalog." + ICEBERG_CATALOG, "org.apache.iceberg.spark.SparkCatalog");
        conf.put("spark.sql.catalog." + ICEBERG_CATALOG + ".type", "hive");
        conf.put("spark.sql.catalog." + ICEBERG_CATALOG + ".warehouse", warehouse);
        conf.put("spark.sql.catalog." + ICEBERG_CATALOG + ".cache-enabled", "false");
        conf.put("spark.hadoop.iceberg.engine.hive.lock-enabled", "false");
        conf.put("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.put("spark.kryo.registrator", "org.apache.spark.HoodieSparkKryoRegistrar");
        // Hive metastore on embedded Derby: persists across processes.
        conf.put("spark.sql.catalogImplementation", "hive");
        conf.put("spark.sql.warehouse.dir", warehouse);
        conf.put("spark.hadoop.hive.metastore.warehouse.dir", warehouse);
        conf.put("spark.hadoop.javax.jdo.option.ConnectionURL", "jdbc:derby:;databaseName=" + layout.metastore() + ";create=true");
        conf.put("spark.hadoop.datanucleus.schema.autoCreateAll", "true");
        conf.put("spark.hadoop.hive.metastore.schema.verification", "false");
        conf.put("spark.hadoop.hive.exec.scratchdir", temporary + "/hive-scratch");
        conf.put("spark.hadoop.hive.exec.local.scratchdir", temporary + "/hive-local-scratch");
        conf.put("spark.hadoop.hive.downloaded.resources.dir", temporary + "/hive-resources");
        conf.put("spark.hadoop.hive.querylog.location", temporary + "/hive-querylog");
        // Semantics as on Glue 5.0.
        conf.put("spark.sql.sources.partitionOverwriteMode", "dynamic");
        conf.put("spark.sql.session.timeZone", "UTC");
        conf.put("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
        conf.put("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
        conf.put("spark.sql.parquet.int96RebaseModeInRead", "CORRECTED");
        conf.put("spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED");
        // Speed on a small machine.
        conf.put("spark.sql.shuffle.partitions", "4");
        conf.put("spark.default.parallelism", "4");
        conf.put("spark.databricks.delta.snapshotPartitions", "2");
        conf.put("hoodie.metadata.enable", "false");
        conf.put("hoodie.embed.timeline.server", "false");
        conf.put("hoodie.upsert.shuffle.parallelism", "2");
        conf.put("hoodie.insert.shuffle.parallelism", "2");
        conf.put("hoodie.bulkinsert.shuffle.parallelism", "2");
        return conf;
    }

    /**
     * JOL (inside the Hudi bundle) prints two "# WARNING" lines to stdout when it first looks at the VM, in the
     * middle of a run's output. It looks once per JVM: do it here with stdout and stderr muted. Without Hudi's
     * classes there is nothing to mute.
     */
    private static void silenceObjectSizingWarnings() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream muted = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(muted);
            System.setErr(muted);
            Class.forName("org.apache.hudi.org.openjdk.jol.vm.VM").getMethod("current").invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException hudiAbsent) {
            // Hudi's JOL is absent or refused: Hudi writes still work, the warnings just are not muted.
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void createDirectories(WarehouseLayout layout) {
        try {
            Files.createDirectories(layout.warehouse());
            Files.createDirectories(layout.temporary());
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot create the warehouse directories under " + layout.root(), exception);
        }
    }
}
