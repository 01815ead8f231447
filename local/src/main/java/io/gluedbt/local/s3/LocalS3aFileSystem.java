package io.gluedbt.local.s3;

/**
 * {@link LocalS3FileSystem} registered for {@code s3a://} in {@code META-INF/services/org.apache.hadoop.fs.FileSystem}
 * (Hadoop maps a scheme to the class whose {@code getScheme()} names it, one scheme a class).
 */
public class LocalS3aFileSystem extends LocalS3FileSystem {
    @Override
    public String getScheme() {
        return getUri() == null ? "s3a" : super.getScheme();
    }
}
