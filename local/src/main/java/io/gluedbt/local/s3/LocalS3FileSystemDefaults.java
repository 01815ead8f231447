package io.gluedbt.local.s3;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The root for Hadoop configurations that name none: the one {@link LocalS3FileSystem#install} set last. Spark's
 * Hive metastore client and Iceberg's FileIO hold configurations copied (or deserialized) before the install; they
 * find the class through the {@code META-INF/services/org.apache.hadoop.fs.FileSystem} registration and the root
 * here.
 */
final class LocalS3FileSystemDefaults {
    private static volatile Path root;

    private LocalS3FileSystemDefaults() {}

    static void install(Path directory) {
        root = requireNonNull(directory, "directory is null").toAbsolutePath().normalize();
    }

    /** The root installed last, or null. */
    static Path root() {
        return root;
    }
}
