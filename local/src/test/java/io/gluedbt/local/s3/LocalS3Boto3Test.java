package io.gluedbt.local.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3 (the glue-runtime venv's, as Glue statements and dbt-glue's prelude use it) against {@link LocalS3} with
 * nothing but {@link LocalS3#clientEnvironment()}: no addressing-style setting, dummy keys.
 */
class LocalS3Boto3Test {
    private static final Path PYTHON = Path.of("..", "glue-runtime", ".venv", "bin", "python").toAbsolutePath().normalize();
    private static final String SCRIPT = String.join("\n",
            "import boto3",
            "s3 = boto3.client('s3')",
            "print(sorted(b['Name'] for b in s3.list_buckets()['Buckets']))",
            "print([o['Key'] for o in s3.list_objects_v2(Bucket='lake', Prefix='t/')['Contents']])",
            "print(s3.get_object(Bucket='lake', Key='t/part-0.csv')['Body'].read().decode())",
            "s3.put_object(Bucket='lake', Key='from-boto3/x.txt', Body=b'written by boto3')",
            "");

    @TempDir
    Path root;

    @Test
    void boto3ListsReadsAndWritesWithTheClientEnvironmentAlone() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " is missing: run glue-runtime/setup.sh");
        Files.createDirectories(root.resolve("lake/t"));
        Files.writeString(root.resolve("lake/t/part-0.csv"), "1,a");
        try (LocalS3 s3 = LocalS3.start(root)) {
            ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(s3.clientEnvironment());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).isEqualTo("['lake']\n['t/part-0.csv']\n1,a\n");
            assertThat(root.resolve("lake/from-boto3/x.txt")).hasContent("written by boto3");
        }
    }
}
