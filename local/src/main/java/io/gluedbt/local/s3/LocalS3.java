package io.gluedbt.local.s3;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * An S3 endpoint in this JVM that serves a directory: s3proxy's filesystem blob store on {@code 127.0.0.1} with an
 * ephemeral port. Buckets are the top-level directories of {@link #root()}, and an object {@code bucket/a/b.parquet}
 * is the file {@code <root>/bucket/a/b.parquet}.
 * <p>
 * Authentication is off: every request is served whatever its access key and signature, so the SDK v2, boto3 and
 * the AWS CLI work with dummy keys ({@link #clientEnvironment()}). The endpoint is an IP address, so the SDK v2 (with
 * {@code endpointOverride(uri())}) and boto3 (with {@code AWS_ENDPOINT_URL_S3}) address buckets path-style
 * ({@code http://127.0.0.1:port/bucket/key}) without being told; {@code forcePathStyle(true)} does no harm.
 *
 * <h2>Two views of one directory</h2>
 * Spark reaches the same files as {@code s3://bucket/key} (or {@code s3a://}) through {@link LocalS3FileSystem} on
 * the same root. Neither side keeps state of its own beyond the files, so the views agree once a write has finished:
 * <ul>
 * <li>a file Spark (Hadoop) writes is an object once its stream is closed, with its MD5 as ETag as after a
 *     single-part PUT; it has no content type of its own (s3proxy guesses one from the name) and no user metadata;
 *     a file put into the directory by other means has no ETag at all;</li>
 * <li>an object PUT here is a plain file; its metadata (content type, user metadata, MD5 ETag) lives in the file's
 *     extended attributes, which Hadoop neither reads nor copies on rename;</li>
 * <li>a directory is no object: it shows as a common prefix while it holds files, and an empty directory made by
 *     Hadoop's {@code mkdirs} is invisible to S3 listings (as on real S3 without directory markers); a directory
 *     marker PUT here ({@code key/}) is a directory to Hadoop.</li>
 * </ul>
 * Not supported: multipart uploads in flight are visible to Hadoop as {@code .mpus-*} files at their bucket's top
 * level (s3proxy hides them from S3 listings), as are {@code .s3proxy-versions} when versioning is switched on;
 * file systems without extended attributes lose object metadata; object keys that are not valid file names
 * ({@code a//b}, {@code ..}, keys that are both an object and a prefix) cannot be stored.
 */
public final class LocalS3 implements AutoCloseable {
    /** The access key the {@link #clientEnvironment()} gives clients; any other is accepted too. */
    public static final String ACCESS_KEY = "test";
    /** The secret key the {@link #clientEnvironment()} gives clients; any other is accepted too. */
    public static final String SECRET_KEY = "test";
    /** The region clients name; the server ignores it. */
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final FilesystemNio2BlobStore blobStore;
    private final Path root;
    private final URI uri;

    private LocalS3(S3Proxy proxy, FilesystemNio2BlobStore blobStore, Path root, URI uri) {
        this.proxy = proxy;
        this.blobStore = blobStore;
        this.root = root;
        this.uri = uri;
    }

    /** Serves {@code root} (created if missing) on {@code http://127.0.0.1:<ephemeral port>}. */
    public static LocalS3 start(Path root) {
        return start(root, 0);
    }

    /** Serves {@code root} (created if missing) on {@code http://127.0.0.1:<port>} (0: an ephemeral port). */
    public static LocalS3 start(Path root, int port) {
        requireNonNull(root, "root is null");
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot create the local S3 root " + absolute, exception);
        }
        FilesystemNio2BlobStore blobStore = new FilesystemNio2BlobStore(absolute.toString());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                // Newer SDKs send x-amz-* headers s3proxy does not know (checksum algorithms, SDK hints).
                .ignoreUnknownHeaders(true)
                .jettyMaxThreads(32)
                // No graceful phase: it waits for clients' idle keep-alive connections, and then fails.
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
        } catch (Exception exception) {
            stopQuietly(proxy, exception);
            throw new IllegalStateException("cannot start the local S3 endpoint on " + absolute, exception);
        }
        return new LocalS3(proxy, blobStore, absolute, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /** The endpoint, {@code http://127.0.0.1:<port>}, for a client's endpoint override. */
    public URI uri() {
        return uri;
    }

    /** The directory served: one directory per bucket. */
    public Path root() {
        return root;
    }

    /** Creates the bucket (its directory) if it does not exist yet. */
    public void createBucket(String name) {
        requireNonNull(name, "name is null");
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a bucket name: '" + name + "'");
        }
        blobStore.createContainer(name);
    }

    /**
     * The environment variables that point boto3, the AWS CLI and the SDK v2 at this endpoint with dummy
     * credentials, in a stable order.
     */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_S3", uri.toString());
        environment.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        environment.put("AWS_DEFAULT_REGION", REGION);
        environment.put("AWS_REGION", REGION);
        return environment;
    }

    /** Stops serving; the files stay. */
    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception exception) {
            throw new IllegalStateException("cannot stop the local S3 endpoint " + uri, exception);
        }
    }

    private static void stopQuietly(S3Proxy proxy, Exception failure) {
        try {
            proxy.stop();
        } catch (Exception stopFailure) {
            failure.addSuppressed(stopFailure);
        }
    }
}
