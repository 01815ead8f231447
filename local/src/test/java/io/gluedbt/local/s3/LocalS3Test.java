package io.gluedbt.local.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

class LocalS3Test {
    @TempDir
    Path root;

    private LocalS3 s3;
    private S3Client client;

    @BeforeEach
    void start() {
        s3 = LocalS3.start(root.resolve("s3"));
        client = S3Clients.pathStyle(s3, "any-key", "any-secret");
    }

    @AfterEach
    void stop() {
        client.close();
        s3.close();
    }

    @Test
    void servesItsDirectoryOnAnEphemeralLoopbackPort() {
        assertThat(s3.uri().getScheme()).isEqualTo("http");
        assertThat(s3.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(s3.uri().getPort()).isPositive();
        assertThat(s3.root()).isEqualTo(root.resolve("s3").toAbsolutePath());
        assertThat(s3.clientEnvironment()).containsEntry("AWS_ENDPOINT_URL_S3", s3.uri().toString())
                .containsEntry("AWS_ACCESS_KEY_ID", "test");
    }

    @Test
    void bucketsAreTopLevelDirectories() throws Exception {
        s3.createBucket("lake");
        Files.createDirectories(s3.root().resolve("made-on-disk"));

        assertThat(s3.root().resolve("lake")).isDirectory();
        assertThat(client.listBuckets().buckets()).extracting(Bucket::name).containsExactly("lake", "made-on-disk");
    }

    @Test
    void objectsAreFilesBothWays() throws Exception {
        s3.createBucket("lake");
        client.putObject(request -> request.bucket("lake").key("in/a.txt"), RequestBody.fromString("from the SDK"));
        Files.createDirectories(s3.root().resolve("lake/in/sub"));
        Files.writeString(s3.root().resolve("lake/in/sub/b.txt"), "from the disk");

        assertThat(s3.root().resolve("lake/in/a.txt")).hasContent("from the SDK");
        assertThat(client.getObjectAsBytes(request -> request.bucket("lake").key("in/sub/b.txt")).asUtf8String())
                .isEqualTo("from the disk");
        ListObjectsV2Response all = client.listObjectsV2(request -> request.bucket("lake").prefix("in/"));
        assertThat(all.contents()).extracting(S3Object::key).containsExactly("in/a.txt", "in/sub/b.txt");
        ListObjectsV2Response level = client.listObjectsV2(request -> request.bucket("lake").prefix("in/").delimiter("/"));
        assertThat(level.contents()).extracting(S3Object::key).containsExactly("in/a.txt");
        assertThat(level.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("in/sub/");
    }

    @Test
    void filesWrittenByHadoopHaveTheEtagOfASinglePartUpload() throws Exception {
        s3.createBucket("lake");
        Configuration configuration = new Configuration(false);
        LocalS3FileSystem.hadoopConfiguration(s3.root()).forEach(configuration::set);
        FileSystem fileSystem = FileSystem.get(URI.create("s3://lake/"), configuration);
        try (FSDataOutputStream out = fileSystem.create(new org.apache.hadoop.fs.Path("s3://lake/t/part-0"))) {
            out.write("hadoop bytes".getBytes(StandardCharsets.UTF_8));
        }
        String uploaded = client.putObject(request -> request.bucket("lake").key("t/uploaded"),
                RequestBody.fromString("hadoop bytes")).eTag();

        assertThat(client.headObject(request -> request.bucket("lake").key("t/part-0")).eTag())
                .isEqualTo(uploaded)
                .isEqualTo("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                        .digest("hadoop bytes".getBytes(StandardCharsets.UTF_8))) + "\"");
    }

    @Test
    void acceptsAnyCredentials() {
        s3.createBucket("lake");
        try (S3Client other = S3Clients.pathStyle(s3, "AKIAOTHER", "other-secret")) {
            other.putObject(request -> request.bucket("lake").key("k"), RequestBody.fromString("v"));
        }

        assertThat(client.getObjectAsBytes(request -> request.bucket("lake").key("k")).asUtf8String()).isEqualTo("v");
    }

    @Test
    void answersMissingKeysAsS3Does() {
        s3.createBucket("lake");

        assertThatThrownBy(() -> client.getObjectAsBytes(request -> request.bucket("lake").key("missing")))
                .isInstanceOf(NoSuchKeyException.class)
                .hasMessageContaining("The specified key does not exist.");
    }

    @Test
    void theSdkAddressesAnIpEndpointPathStyleUnasked() {
        s3.createBucket("lake");
        try (S3Client unconfigured = S3Client.builder()
                .endpointOverride(s3.uri())
                .region(Region.of(LocalS3.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            unconfigured.putObject(request -> request.bucket("lake").key("k"), RequestBody.fromString("v"));
        }

        assertThat(s3.root().resolve("lake/k")).hasContent("v");
    }

    @Test
    void refusesNamesThatAreNoBuckets() {
        assertThatThrownBy(() -> s3.createBucket("a/b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a bucket name: 'a/b'");
    }
}
