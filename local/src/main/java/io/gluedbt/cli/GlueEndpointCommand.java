package io.gluedbt.cli;

import io.gluedbt.local.aws.LocalAws;
import io.gluedbt.local.glue.EndpointOptions;
import io.gluedbt.local.spark.LocalSparkEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gluedbt glue-endpoint}: serves the local Glue interactive-sessions endpoint (plus Lake Formation and
 * STS GetCallerIdentity) on 127.0.0.1 until Ctrl-C, over an embedded Spark on {@code --warehouse}.
 */
@Command(name = "glue-endpoint", description = "Serve a local AWS Glue interactive-sessions endpoint until Ctrl-C.")
final class GlueEndpointCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port = 4599;

    @Option(names = "--warehouse", description = "Warehouse and metastore directory. Default: ${DEFAULT-VALUE}.")
    Path warehouse = Path.of("target", "gluedbt-warehouse");

    @Option(names = "--s3-port", description = "TCP port of the local S3 on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
    int s3Port = 4598;

    @Option(names = "--bucket", description = "A bucket to create (repeatable), e.g. the profile location's bucket.")
    java.util.List<String> buckets = new java.util.ArrayList<>();

    @Option(names = "--python", description = "Python with pyspark 3.5 (default: $GLUEDBT_GLUE_PYTHON, else glue-runtime/.venv).")
    Path python;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (LocalSparkEngine engine = LocalSparkEngine.open(warehouse.toAbsolutePath(), Map.of())) {
            EndpointOptions options = EndpointOptions.of(engine.session()).withPort(port);
            if (python != null) {
                options = options.withPython(python);
            }
            Path s3Root = warehouse.toAbsolutePath().resolve("s3");
            try (LocalAws aws = LocalAws.start(options, s3Root, s3Port)) {
                buckets.forEach(bucket -> aws.s3().createBucket(bucket));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    aws.close();
                    stopped.countDown();
                }, "gluedbt-glue-endpoint-stop"));
                Console.info(System.out, "Local Glue endpoint at " + aws.glue().uri() + ", local S3 at " + aws.s3().uri() + " (buckets in " + s3Root
                        + "; warehouse " + warehouse.toAbsolutePath() + ")");
                Console.info(System.out, "  export " + aws.clientEnvironment().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(java.util.stream.Collectors.joining(" ")));
                Console.info(System.out, "Press Ctrl-C to stop.");
                stopped.await();
            }
        }
        return 0;
    }
}
