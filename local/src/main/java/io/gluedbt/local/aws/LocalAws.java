package io.gluedbt.local.aws;

import static java.util.Objects.requireNonNull;

import io.gluedbt.local.glue.EndpointOptions;
import io.gluedbt.local.glue.LocalGlueEndpoint;
import io.gluedbt.local.s3.LocalS3;
import io.gluedbt.local.s3.LocalS3FileSystem;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The AWS stand-ins of this machine, wired together as Glue sees AWS: a local S3 ({@link LocalS3}) whose
 * {@code s3://bucket/key} paths the embedded Spark reads and writes through {@link LocalS3FileSystem}, and the
 * local Glue interactive-sessions endpoint (with Lake Formation and STS) on that Spark, whose Python workers
 * reach the same S3 with boto3. A {@code type: glue} profile then needs only endpoint overrides.
 */
public final class LocalAws implements AutoCloseable {
    private final LocalS3 s3;
    private final LocalGlueEndpoint glue;

    private LocalAws(LocalS3 s3, LocalGlueEndpoint glue) {
        this.s3 = s3;
        this.glue = glue;
    }

    /**
     * Starts S3 on {@code s3Root} (one directory per bucket) and the Glue endpoint on {@code spark}.
     *
     * @param glueOptions the endpoint's options (port, Python); its worker environment gets the S3 endpoint added
     * @param s3Port the S3 port on 127.0.0.1, 0 for an ephemeral one
     */
    public static LocalAws start(EndpointOptions glueOptions, Path s3Root, int s3Port) {
        requireNonNull(glueOptions, "glueOptions is null");
        requireNonNull(s3Root, "s3Root is null");
        LocalS3 s3 = LocalS3.start(s3Root, s3Port);
        try {
            SparkSession spark = glueOptions.spark();
            LocalS3FileSystem.install(spark.sparkContext().hadoopConfiguration(), s3.root());
            Map<String, String> workers = new LinkedHashMap<>(glueOptions.workerEnvironment());
            workers.putAll(s3.clientEnvironment());
            return new LocalAws(s3, LocalGlueEndpoint.start(glueOptions.withWorkerEnvironment(workers)));
        } catch (RuntimeException exception) {
            s3.close();
            throw exception;
        }
    }

    public LocalS3 s3() {
        return s3;
    }

    public LocalGlueEndpoint glue() {
        return glue;
    }

    /** What points boto3, the AWS CLI and the SDK v2 at these endpoints, with dummy credentials. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>(s3.clientEnvironment());
        URI endpoint = glue.uri();
        environment.put("AWS_ENDPOINT_URL_GLUE", endpoint.toString());
        environment.put("AWS_ENDPOINT_URL_LAKEFORMATION", endpoint.toString());
        environment.put("AWS_ENDPOINT_URL_STS", endpoint.toString());
        return environment;
    }

    /** Stops the Glue endpoint (every session, every worker), then S3. The files stay. */
    @Override
    public void close() {
        try {
            glue.close();
        } finally {
            s3.close();
        }
    }
}
