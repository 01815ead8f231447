package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * How to start a {@link LocalGlueEndpoint}.
 *
 * @param spark the JVM's SparkSession; every Glue session gets its own {@code spark.newSession()}
 * @param port the TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param python the Python interpreter with pyspark 3.5 and py4j 0.10.9.7 (glue-runtime/.venv/bin/python)
 * @param workerEnvironment extra environment of the Python workers, e.g. {@code AWS_ENDPOINT_URL_S3} of a local S3
 *     so statement code (boto3) reaches it as it reaches S3 on Glue
 */
public record EndpointOptions(SparkSession spark, int port, Path python, java.util.Map<String, String> workerEnvironment) {
    /** Environment variable naming the Python interpreter; else glue-runtime/.venv is looked for upwards. */
    public static final String PYTHON_VARIABLE = "GLUEDBT_GLUE_PYTHON";

    public EndpointOptions {
        requireNonNull(spark, "spark is null");
        requireNonNull(python, "python is null");
        workerEnvironment = java.util.Map.copyOf(workerEnvironment);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
    }

    /** An ephemeral port and the default interpreter ({@link #defaultPython()}). */
    public static EndpointOptions of(SparkSession spark) {
        return new EndpointOptions(spark, 0, defaultPython(), java.util.Map.of());
    }

    public EndpointOptions withPort(int newPort) {
        return new EndpointOptions(spark, newPort, python, workerEnvironment);
    }

    public EndpointOptions withPython(Path newPython) {
        return new EndpointOptions(spark, port, newPython, workerEnvironment);
    }

    public EndpointOptions withWorkerEnvironment(java.util.Map<String, String> environment) {
        return new EndpointOptions(spark, port, python, environment);
    }

    /**
     * {@value #PYTHON_VARIABLE} if set, else the first {@code glue-runtime/.venv/bin/python} in the working
     * directory or one of its parents, else {@code python3} from the PATH.
     */
    public static Path defaultPython() {
        String configured = System.getenv(PYTHON_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return venvPython().orElse(Path.of("python3"));
    }

    private static Optional<Path> venvPython() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("glue-runtime/.venv/bin/python");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
