package io.gluedbt.local.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalS3FileSystemTest {
    @TempDir
    java.nio.file.Path root;

    private Configuration configuration;
    private FileSystem fileSystem;

    @BeforeEach
    void setUp() throws IOException {
        configuration = new Configuration(false);
        LocalS3FileSystem.hadoopConfiguration(root).forEach(configuration::set);
        fileSystem = FileSystem.get(URI.create("s3://lake/"), configuration);
    }

    @Test
    void settingsForHadoopAndSpark() {
        String rootName = root.toAbsolutePath().toString();

        assertThat(LocalS3FileSystem.sparkConfiguration(root)).containsExactly(
                entry("spark.hadoop.fs.s3.impl", "io.gluedbt.local.s3.LocalS3FileSystem"),
                entry("spark.hadoop.fs.s3.impl.disable.cache", "true"),
                entry("spark.hadoop.fs.AbstractFileSystem.s3.impl", "io.gluedbt.local.s3.LocalS3AbstractFileSystem"),
                entry("spark.hadoop.fs.s3a.impl", "io.gluedbt.local.s3.LocalS3FileSystem"),
                entry("spark.hadoop.fs.s3a.impl.disable.cache", "true"),
                entry("spark.hadoop.fs.AbstractFileSystem.s3a.impl", "io.gluedbt.local.s3.LocalS3AbstractFileSystem"),
                entry("spark.hadoop.gluedbt.local-s3.root", rootName));
    }

    @Test
    void mapsKeysToFilesUnderTheBucketDirectory() throws IOException {
        write("s3://lake/warehouse/db/t/part-0.txt", "hello");

        assertThat(fileSystem).isInstanceOf(LocalS3FileSystem.class);
        assertThat(root.resolve("lake/warehouse/db/t/part-0.txt")).hasContent("hello");
        assertThat(root.resolve("lake/warehouse/db/t")).isDirectory();
        assertThat(Files.list(root.resolve("lake/warehouse/db/t")).map(file -> file.getFileName().toString()))
                .containsExactly("part-0.txt");
    }

    @Test
    void readsFilesPutBesideIt() throws IOException {
        Files.createDirectories(root.resolve("lake/in"));
        Files.writeString(root.resolve("lake/in/data.csv"), "a,b\n");

        try (FSDataInputStream in = fileSystem.open(new Path("s3://lake/in/data.csv"))) {
            in.seek(2);
            assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("b\n");
        }
    }

    @Test
    void statusesKeepTheS3PathsTheyWereAskedWith() throws IOException {
        write("s3://lake/t/b.txt", "bb");
        write("s3://lake/t/a.txt", "a");
        fileSystem.mkdirs(new Path("s3://lake/t/sub"));

        FileStatus[] children = fileSystem.listStatus(new Path("s3://lake/t"));
        assertThat(Arrays.stream(children).map(status -> status.getPath().toString()))
                .containsExactly("s3://lake/t/a.txt", "s3://lake/t/b.txt", "s3://lake/t/sub");
        assertThat(Arrays.stream(children).map(FileStatus::isDirectory)).containsExactly(false, false, true);
        assertThat(children[1].getLen()).isEqualTo(2);
        FileStatus file = fileSystem.getFileStatus(new Path("s3://lake/t/b.txt"));
        assertThat(file.getPath()).isEqualTo(new Path("s3://lake/t/b.txt"));
        assertThat(fileSystem.makeQualified(new Path("/t/b.txt"))).isEqualTo(new Path("s3://lake/t/b.txt"));
        assertThat(fileSystem.getFileStatus(new Path("s3://lake/")).isDirectory()).isTrue();
    }

    @Test
    void servesS3aWithTheSameFiles() throws IOException {
        write("s3://lake/x/y.txt", "same");
        FileSystem s3a = FileSystem.get(URI.create("s3a://lake/"), configuration);

        assertThat(s3a.getUri()).isEqualTo(URI.create("s3a://lake"));
        assertThat(s3a.listStatus(new Path("s3a://lake/x"))[0].getPath()).isEqualTo(new Path("s3a://lake/x/y.txt"));
    }

    @Test
    void servesFileContextToo() throws IOException {
        FileContext context = FileContext.getFileContext(URI.create("s3://lake/"), configuration);
        try (FSDataOutputStream out = context.create(new Path("s3://lake/_delta_log/.tmp"), EnumSet.of(CreateFlag.CREATE),
                Options.CreateOpts.createParent())) {
            out.write("{}".getBytes(UTF_8));
        }
        context.rename(new Path("s3://lake/_delta_log/.tmp"), new Path("s3://lake/_delta_log/0.checkpoint"));

        assertThat(root.resolve("lake/_delta_log/0.checkpoint")).hasContent("{}");
        assertThat(context.util().listStatus(new Path("s3://lake/_delta_log"))).extracting(FileStatus::getPath)
                .containsExactly(new Path("s3://lake/_delta_log/0.checkpoint"));
    }

    @Test
    void renamesFilesAndDirectoriesLikeHdfs() throws IOException {
        write("s3://lake/_temporary/0/part-0", "p0");
        write("s3://lake/_temporary/0/part-1", "p1");
        fileSystem.mkdirs(new Path("s3://lake/final"));

        assertThat(fileSystem.rename(new Path("s3://lake/_temporary/0/part-0"), new Path("s3://lake/final"))).isTrue();
        assertThat(fileSystem.rename(new Path("s3://lake/_temporary/0"), new Path("s3://lake/moved/zero"))).isTrue();
        assertThat(fileSystem.rename(new Path("s3://lake/missing"), new Path("s3://lake/other"))).isFalse();
        assertThat(fileSystem.rename(new Path("s3://lake/final/part-0"), new Path("s3://lake/moved/zero/part-1"))).isFalse();

        assertThat(root.resolve("lake/final/part-0")).hasContent("p0");
        assertThat(root.resolve("lake/moved/zero/part-1")).hasContent("p1");
        assertThat(root.resolve("lake/_temporary/0")).doesNotExist();
    }

    @Test
    void deletesButNeverTheBucket() throws IOException {
        write("s3://lake/d/e/f.txt", "f");

        assertThatThrownBy(() -> fileSystem.delete(new Path("s3://lake/d"), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not empty");
        assertThat(fileSystem.delete(new Path("s3://lake/d"), true)).isTrue();
        assertThat(fileSystem.delete(new Path("s3://lake/d"), true)).isFalse();
        assertThat(fileSystem.delete(new Path("s3://lake/"), true)).isFalse();
        assertThat(root.resolve("lake")).isEmptyDirectory();
    }

    @Test
    void refusesToOverwriteWhenAskedNotTo() throws IOException {
        write("s3://lake/_delta_log/00000.json", "{}");

        assertThatThrownBy(() -> fileSystem.create(new Path("s3://lake/_delta_log/00000.json"), false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage("s3://lake/_delta_log/00000.json already exists");
    }

    @Test
    void reportsMissingFilesByTheirS3Path() {
        assertThatThrownBy(() -> fileSystem.getFileStatus(new Path("s3://lake/nope")))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage("s3://lake/nope: no such file or directory");
        assertThatThrownBy(() -> fileSystem.listStatus(new Path("s3://lake/nope/")))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage("s3://lake/nope: no such file or directory");
    }

    @Test
    void refusesPathsOfAnotherBucketAndKeysThatLeaveTheBucket() {
        assertThatThrownBy(() -> fileSystem.getFileStatus(new Path("s3://other/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Wrong FS: s3://other/x, expected: s3://lake");
        assertThatThrownBy(() -> fileSystem.getFileStatus(new Path("s3://lake/../secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s3://lake/../secret: the key leaves its bucket");
    }

    @Test
    void refusesAppendAsS3Does() {
        assertThatThrownBy(() -> fileSystem.append(new Path("s3://lake/x")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("s3://lake/x: S3 objects cannot be appended to");
    }

    @Test
    void servesOnlyBucketsOfItsSchemes() {
        LocalS3FileSystem unconfigured = new LocalS3FileSystem();

        assertThatThrownBy(() -> unconfigured.initialize(URI.create("gs://lake"), configuration))
                .isInstanceOf(IOException.class)
                .hasMessage("gs://lake: LocalS3FileSystem serves s3://bucket and s3a://bucket URIs");
    }

    private void write(String path, String content) throws IOException {
        try (FSDataOutputStream out = fileSystem.create(new Path(path))) {
            out.write(content.getBytes(UTF_8));
        }
    }
}
