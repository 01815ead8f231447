package io.gluedbt.local.s3;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/**
 * The JVM-wide fallback behind {@link LocalS3FileSystem#install}: a Hadoop default resource mapping {@code s3://} and
 * {@code s3a://} to {@link LocalS3FileSystem} (Hadoop reloads every live configuration when a default resource is
 * added, so copies made before, such as Spark's Hive metastore client's, see it too), and the root for
 * configurations that do not name one. Once installed it stays for the life of the JVM.
 */
final class LocalS3FileSystemDefaults {
    private static final String RESOURCE = "io/gluedbt/local/s3/local-s3-filesystem.xml";

    private static volatile Path root;
    private static boolean resourceAdded;

    private LocalS3FileSystemDefaults() {}

    static synchronized void install(Path directory) {
        requireNonNull(directory, "directory is null");
        root = directory.toAbsolutePath().normalize();
        if (!resourceAdded) {
            if (LocalS3FileSystemDefaults.class.getClassLoader().getResource(RESOURCE) == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Configuration.addDefaultResource(RESOURCE);
            resourceAdded = true;
        }
    }

    /** The root installed last, or null. */
    static Path root() {
        return root;
    }
}
