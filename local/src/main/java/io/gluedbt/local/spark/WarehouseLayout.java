package io.gluedbt.local.spark;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded Spark keeps everything that must outlive one process, under one root directory:
 * <pre>
 * &lt;root&gt;/
 *   warehouse/          table data: &lt;database&gt;.db/&lt;table&gt;/ (parquet, Delta, Hudi, Iceberg alike)
 *   metastore_db/       the embedded Derby Hive metastore (databases, tables, partitions, views)
 *   tmp/                Hive scratch and resource directories, Spark's local (shuffle) directory
 *   derby.log           Derby's log
 * </pre>
 * The default root is {@code <project>/target/gluedbt-warehouse}; the {@code type: local} target's
 * {@code warehouse_dir} moves it (a relative path is resolved against the project directory). Only one process
 * at a time may open a root: embedded Derby locks {@code metastore_db}.
 */
public record WarehouseLayout(Path root) {
    /** The key of a {@code type: local} target that moves the root. */
    public static final String WAREHOUSE_DIR_KEY = "warehouse_dir";

    /** The root when the target does not say: relative to the project directory. */
    public static final Path DEFAULT_ROOT = Path.of("target", "gluedbt-warehouse");

    public WarehouseLayout {
        requireNonNull(root, "root is null");
        root = root.toAbsolutePath().normalize();
    }

    /** The layout of a project run: {@code warehouse_dir} of the target values, else the default root. */
    public static WarehouseLayout forProject(Path projectDirectory, Map<String, Object> targetValues) {
        requireNonNull(projectDirectory, "projectDirectory is null");
        requireNonNull(targetValues, "targetValues is null");
        Object configured = targetValues.get(WAREHOUSE_DIR_KEY);
        if (configured == null || configured.toString().isBlank()) {
            return new WarehouseLayout(projectDirectory.resolve(DEFAULT_ROOT));
        }
        return new WarehouseLayout(projectDirectory.resolve(configured.toString().trim()));
    }

    public Path warehouse() {
        return root.resolve("warehouse");
    }

    public Path metastore() {
        return root.resolve("metastore_db");
    }

    public Path temporary() {
        return root.resolve("tmp");
    }

    public Path derbyLog() {
        return root.resolve("derby.log");
    }
}
