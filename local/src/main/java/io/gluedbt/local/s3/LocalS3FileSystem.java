package io.gluedbt.local.s3;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A Hadoop {@link FileSystem} for {@code s3://} and {@code s3a://} that keeps {@code s3://bucket/key} in the file
 * {@code <root>/bucket/key}: the directory a {@link LocalS3} serves. Spark writing a table at
 * {@code LOCATION 's3://lake/warehouse/db/t'} writes files that LocalS3 serves as objects {@code warehouse/db/t/...}
 * of bucket {@code lake}, and an object PUT through LocalS3 is a file Spark reads at its {@code s3://} path.
 * <p>
 * One instance serves one bucket, like S3A; every path it returns keeps the scheme and bucket it was asked with
 * ({@code s3://lake/...}), never the file behind it. Directories are real directories: listing, {@code mkdirs},
 * {@code rename} (atomic, a move on one disk) and {@code delete} behave as on a local disk, which is stronger than
 * S3, and {@code append} is refused as on S3A. A file written here gets its MD5 as ETag when it is closed
 * ({@link ETagOutputStream}), as a single-part PUT does. Permissions, owners and times are not kept (every status is owned by
 * the JVM's user with default permissions), no {@code .crc} files are written, and the bucket itself cannot be
 * deleted. See {@link LocalS3} for how the two views stay consistent.
 * <p>
 * The root comes from the Hadoop configuration key {@value #ROOT_KEY}; {@link #hadoopConfiguration} and
 * {@link #sparkConfiguration} give the settings for a new configuration or SparkSession, and {@link #install} adds
 * them to a running one. This module also registers the class for both schemes with Hadoop's service loader, so a
 * configuration without these settings (one copied before {@link #install}) still finds it; such an instance takes
 * the root installed last, looked up on every call, since Hadoop caches it. {@link LocalS3AbstractFileSystem} serves the same paths to Hadoop's {@code FileContext}
 * (Delta's and Structured Streaming's checkpoint files).
 */
public class LocalS3FileSystem extends FileSystem {
    /** The Hadoop configuration key naming the directory whose sub-directories are the buckets. */
    public static final String ROOT_KEY = "gluedbt.local-s3.root";
    /** The schemes served. */
    public static final List<String> SCHEMES = List.of("s3", "s3a");

    private java.nio.file.Path configuredRoot;
    private String bucketName;
    private URI uri;
    private Path workingDirectory;
    private RawLocalFileSystem local;
    private String user;

    /**
     * The Hadoop settings that serve {@link #SCHEMES} from {@code root}, in a stable order. The file system cache is
     * off for these schemes, so a configuration naming another root is never answered by an older instance.
     */
    public static Map<String, String> hadoopConfiguration(java.nio.file.Path root) {
        requireNonNull(root, "root is null");
        Map<String, String> settings = new LinkedHashMap<>();
        for (String scheme : SCHEMES) {
            settings.put("fs." + scheme + ".impl", LocalS3FileSystem.class.getName());
            settings.put("fs." + scheme + ".impl.disable.cache", "true");
            settings.put("fs.AbstractFileSystem." + scheme + ".impl", LocalS3AbstractFileSystem.class.getName());
        }
        settings.put(ROOT_KEY, root.toAbsolutePath().normalize().toString());
        return settings;
    }

    /** {@link #hadoopConfiguration} as {@code spark.hadoop.*} settings, for a SparkSession's configuration. */
    public static Map<String, String> sparkConfiguration(java.nio.file.Path root) {
        Map<String, String> settings = new LinkedHashMap<>();
        hadoopConfiguration(root).forEach((key, value) -> settings.put("spark.hadoop." + key, value));
        return settings;
    }

    /**
     * Serves {@link #SCHEMES} from {@code root} in {@code configuration} (a running SparkSession's
     * {@code sparkContext().hadoopConfiguration()}) and makes {@code root} the one of every configuration of this JVM
     * that names none: Spark's Hive metastore client and Iceberg's FileIO hold copies made before. Call it before
     * the first {@code s3://} path is used; the last root installed is the one those copies see.
     */
    public static void install(Configuration configuration, java.nio.file.Path root) {
        requireNonNull(configuration, "configuration is null");
        hadoopConfiguration(root).forEach(configuration::set);
        LocalS3FileSystemDefaults.install(root);
    }

    @Override
    public void initialize(URI name, Configuration configuration) throws IOException {
        super.initialize(name, configuration);
        setConf(configuration);
        String scheme = name.getScheme();
        if (scheme == null || !SCHEMES.contains(scheme) || name.getAuthority() == null) {
            throw new IOException(name + ": LocalS3FileSystem serves s3://bucket and s3a://bucket URIs");
        }
        String root = configuration.get(ROOT_KEY);
        configuredRoot = root == null ? null : java.nio.file.Path.of(root);
        bucketName = name.getAuthority();
        uri = URI.create(scheme + "://" + bucketName);
        workingDirectory = hadoopPath("/");
        local = new RawLocalFileSystem();
        local.initialize(URI.create("file:///"), configuration);
        user = System.getProperty("user.name", "");
    }

    @Override
    public String getScheme() {
        return uri == null ? SCHEMES.get(0) : uri.getScheme();
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public String getCanonicalServiceName() {
        return null;
    }

    @Override
    public Path getWorkingDirectory() {
        return workingDirectory;
    }

    @Override
    public void setWorkingDirectory(Path directory) {
        workingDirectory = makeQualified(directory);
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
        String key = key(path);
        java.nio.file.Path file = file(key);
        try {
            return status(Files.readAttributes(file, BasicFileAttributes.class), key);
        } catch (NoSuchFileException missing) {
            throw notFound(key);
        }
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
        String key = key(path);
        java.nio.file.Path file = file(key);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            throw notFound(key);
        }
        if (!attributes.isDirectory()) {
            return new FileStatus[] {status(attributes, key)};
        }
        List<FileStatus> children = new ArrayList<>();
        try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(file)) {
            for (java.nio.file.Path entry : entries) {
                try {
                    BasicFileAttributes child = Files.readAttributes(entry, BasicFileAttributes.class);
                    children.add(status(child, BucketDirectory.child(key, entry.getFileName().toString())));
                } catch (NoSuchFileException vanished) {
                    // Deleted while listing: it is simply not listed.
                }
            }
        }
        children.sort(Comparator.comparing(FileStatus::getPath));
        return children.toArray(FileStatus[]::new);
    }

    @Override
    public FSDataInputStream open(Path path, int bufferSize) throws IOException {
        String key = key(path);
        java.nio.file.Path file = file(key);
        if (!Files.isRegularFile(file)) {
            throw Files.isDirectory(file) ? new FileNotFoundException(hadoopPath(key) + " is a directory") : notFound(key);
        }
        return local.open(localPath(file), bufferSize);
    }

    @Override
    public FSDataOutputStream create(Path path, FsPermission permission, boolean overwrite, int bufferSize,
            short replication, long blockSize, Progressable progress) throws IOException {
        String key = key(path);
        if (BucketDirectory.isBucket(key)) {
            throw new IOException(hadoopPath(key) + ": cannot write a file at the bucket itself");
        }
        java.nio.file.Path file = file(key);
        if (Files.isDirectory(file)) {
            throw new FileAlreadyExistsException(hadoopPath(key) + " is a directory");
        }
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(hadoopPath(key) + " already exists");
        }
        createDirectories(file.getParent(), key);
        // No permission: the local file system would otherwise chmod every file (a process each without native IO).
        FSDataOutputStream out = local.create(localPath(file), overwrite, bufferSize, replication, blockSize, progress);
        return new FSDataOutputStream(new ETagOutputStream(out, file), null);
    }

    @Override
    public FSDataOutputStream createNonRecursive(Path path, FsPermission permission, EnumSet<CreateFlag> flags,
            int bufferSize, short replication, long blockSize, Progressable progress) throws IOException {
        String key = key(path);
        java.nio.file.Path parent = file(key).getParent();
        if (!Files.isDirectory(parent)) {
            throw new FileNotFoundException(hadoopPath(key) + ": the parent directory does not exist");
        }
        return create(path, permission, flags.contains(CreateFlag.OVERWRITE), bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream append(Path path, int bufferSize, Progressable progress) {
        throw new UnsupportedOperationException(makeQualified(path) + ": S3 objects cannot be appended to");
    }

    @Override
    public boolean rename(Path source, Path target) throws IOException {
        String sourceKey = key(source);
        String targetKey = key(target);
        java.nio.file.Path from = file(sourceKey);
        java.nio.file.Path to = file(targetKey);
        if (BucketDirectory.isBucket(sourceKey) || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (from.equals(to)) {
            return Files.isRegularFile(from);
        }
        if (Files.isDirectory(to)) {
            to = to.resolve(from.getFileName());
        }
        if (to.startsWith(from) || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        createDirectories(to.getParent(), targetKey);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    @Override
    public boolean delete(Path path, boolean recursive) throws IOException {
        String key = key(path);
        if (BucketDirectory.isBucket(key)) {
            return false;
        }
        return local.delete(localPath(file(key)), recursive);
    }

    @Override
    public boolean mkdirs(Path path, FsPermission permission) throws IOException {
        String key = key(path);
        createDirectories(file(key), key);
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (local != null) {
                local.close();
            }
        } finally {
            super.close();
        }
    }

    /** This instance's bucket on the configured root, else on the root installed last. */
    private BucketDirectory bucket() throws IOException {
        java.nio.file.Path root = configuredRoot != null ? configuredRoot : LocalS3FileSystemDefaults.root();
        if (root == null) {
            throw new IOException(uri + ": no local S3 root: gluedbt serves s3:// from a local directory only"
                    + " (set " + ROOT_KEY + " or call LocalS3FileSystem.install)");
        }
        return BucketDirectory.of(uri.getScheme(), bucketName, root);
    }

    private java.nio.file.Path file(String key) throws IOException {
        return bucket().file(key);
    }

    private Path hadoopPath(String key) {
        return new Path(uri.getScheme(), bucketName, key.startsWith("/") ? key : "/" + key);
    }

    private String key(Path path) {
        return makeQualified(path).toUri().getPath();
    }

    private FileStatus status(BasicFileAttributes attributes, String key) {
        boolean directory = attributes.isDirectory();
        return new FileStatus(directory ? 0 : attributes.size(), directory, 1, directory ? 0 : getDefaultBlockSize(),
                attributes.lastModifiedTime().toMillis(), attributes.lastAccessTime().toMillis(), null, user, user,
                hadoopPath(key));
    }

    private void createDirectories(java.nio.file.Path directory, String key) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (java.nio.file.FileAlreadyExistsException file) {
            throw new ParentNotDirectoryException(hadoopPath(key) + ": a file is in the way at "
                    + hadoopPath(bucket().directory().relativize(java.nio.file.Path.of(file.getFile())).toString()));
        }
    }

    private FileNotFoundException notFound(String key) {
        return new FileNotFoundException(hadoopPath(key) + ": no such file or directory");
    }

    private static Path localPath(java.nio.file.Path file) {
        return new Path("file", null, file.toString());
    }
}
