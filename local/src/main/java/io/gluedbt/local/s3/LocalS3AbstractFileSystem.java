package io.gluedbt.local.s3;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;

/**
 * {@link LocalS3FileSystem} for Hadoop's {@code FileContext} API ({@code fs.AbstractFileSystem.s3.impl}), as S3A's
 * {@code S3A} class is for S3A: Delta's and Structured Streaming's checkpoint managers use it when it is there.
 * Hadoop creates it reflectively through this constructor.
 */
public final class LocalS3AbstractFileSystem extends DelegateToFileSystem {
    public LocalS3AbstractFileSystem(URI uri, Configuration configuration) throws IOException, URISyntaxException {
        super(uri, new LocalS3FileSystem(), configuration, uri.getScheme(), false);
    }
}
