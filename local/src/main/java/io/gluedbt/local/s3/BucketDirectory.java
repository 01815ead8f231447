package io.gluedbt.local.s3;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One bucket's two names: {@code scheme://bucket/key} for Hadoop and {@code <root>/bucket/key} on disk. Keys are the
 * decoded path part of the Hadoop path ({@code /a/b}, or empty for the bucket itself).
 */
record BucketDirectory(String scheme, String bucket, Path directory) {
    BucketDirectory {
        requireNonNull(scheme, "scheme is null");
        requireNonNull(bucket, "bucket is null");
        requireNonNull(directory, "directory is null");
        if (bucket.isEmpty() || bucket.contains("/") || bucket.startsWith(".")) {
            throw new IllegalArgumentException(scheme + "://" + bucket + ": not a bucket name");
        }
    }

    static BucketDirectory of(String scheme, String bucket, Path root) {
        requireNonNull(root, "root is null");
        return new BucketDirectory(scheme, bucket, root.toAbsolutePath().normalize().resolve(bucket));
    }

    /** The file behind {@code key}; refuses keys that climb out of the bucket ({@code ..}). */
    Path file(String key) {
        String relative = key.startsWith("/") ? key.substring(1) : key;
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException(hadoopPath(key) + ": the key leaves its bucket");
        }
        return file;
    }

    /** The Hadoop path of {@code key}: {@code scheme://bucket/key}. */
    org.apache.hadoop.fs.Path hadoopPath(String key) {
        return new org.apache.hadoop.fs.Path(scheme, bucket, key.startsWith("/") ? key : "/" + key);
    }

    /** The key of {@code name} inside the directory with key {@code parentKey}. */
    static String child(String parentKey, String name) {
        return parentKey.endsWith("/") ? parentKey + name : parentKey + "/" + name;
    }

    /** Whether {@code key} names the bucket itself. */
    static boolean isBucket(String key) {
        return key.isEmpty() || key.equals("/");
    }
}
