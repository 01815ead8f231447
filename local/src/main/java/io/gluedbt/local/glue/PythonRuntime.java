package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import py4j.ClientServer;

/**
 * What every Python worker of one endpoint shares: the py4j server its PySpark connects to (pinned-thread
 * {@link ClientServer}, as Spark's own Py4JServer builds it, with a random secret) and the worker and
 * {@code awsglue} sources, copied from the classpath into a temporary directory that is the workers' PYTHONPATH.
 */
final class PythonRuntime implements AutoCloseable {
    static final String WORKER = "gluedbt_glue_worker.py";
    private static final String RESOURCE_ROOT = "gluedbt-python/";
    private static final List<String> SOURCES = List.of(WORKER, "awsglue/__init__.py", "awsglue/utils.py",
            "awsglue/context.py", "awsglue/job.py");

    private final Path python;
    private final Path directory;
    private final GatewayEntryPoint entryPoint;
    private final java.util.Map<String, String> workerEnvironment;
    private final ClientServer server;
    private final String secret;

    private PythonRuntime(Path python, Path directory, GatewayEntryPoint entryPoint, ClientServer server, String secret,
            java.util.Map<String, String> workerEnvironment) {
        this.workerEnvironment = java.util.Map.copyOf(workerEnvironment);
        this.python = python;
        this.directory = directory;
        this.entryPoint = entryPoint;
        this.server = server;
        this.secret = secret;
    }

    static PythonRuntime start(SparkSession spark, Path python, java.util.Map<String, String> workerEnvironment) {
        requireNonNull(spark, "spark is null");
        requireNonNull(python, "python is null");
        requirePySpark(python);
        Path directory = copySources();
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        GatewayEntryPoint entryPoint = new GatewayEntryPoint(spark);
        ClientServer server = new ClientServer.ClientServerBuilder(entryPoint)
                .javaPort(0)
                .javaAddress(InetAddress.getLoopbackAddress())
                .authToken(secret)
                .autoStartJavaServer(true)
                .build();
        return new PythonRuntime(python, directory, entryPoint, server, secret, workerEnvironment);
    }

    /** Fails at start, not at the first session, when the interpreter cannot import pyspark. */
    private static void requirePySpark(Path python) {
        String problem;
        try {
            Process process = new ProcessBuilder(python.toString(), "-c", "import pyspark, py4j").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            problem = process.waitFor() == 0 ? null : output.lines().reduce((first, second) -> second).orElse("exit " + process.exitValue());
        } catch (java.io.IOException exception) {
            problem = exception.getMessage();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.PROJECT_INVALID, "the local Glue endpoint's Python "
                    + python + " cannot import pyspark (" + problem + "): run glue-runtime/setup.sh and pass --python glue-runtime/.venv/bin/python"
                    + " (or set GLUEDBT_GLUE_PYTHON)");
        }
    }

    Path python() {
        return python;
    }

    Path directory() {
        return directory;
    }

    GatewayEntryPoint entryPoint() {
        return entryPoint;
    }

    int gatewayPort() {
        return server.getJavaServer().getListeningPort();
    }

    /** Extra environment for every worker (a local S3 endpoint and its credentials). */
    java.util.Map<String, String> workerEnvironment() {
        return workerEnvironment;
    }

    String secret() {
        return secret;
    }

    @Override
    public void close() {
        server.shutdown();
        try {
            io.gluedbt.local.Directories.deleteRecursively(directory);
        } catch (UncheckedIOException exception) {
            // A temporary directory left behind is harmless; the processes are what must not leak.
        }
    }

    private static Path copySources() {
        try {
            Path directory = Files.createTempDirectory("gluedbt-glue-python");
            for (String source : SOURCES) {
                Path target = directory.resolve(source);
                Files.createDirectories(target.getParent());
                try (InputStream input = PythonRuntime.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + source)) {
                    if (input == null) {
                        throw new IllegalStateException("resource " + RESOURCE_ROOT + source + " is missing from the classpath");
                    }
                    Files.copy(input, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return directory;
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot copy the Glue worker's Python sources", exception);
        }
    }
}
