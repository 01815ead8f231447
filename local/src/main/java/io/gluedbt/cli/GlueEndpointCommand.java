package io.gluedbt.cli;

import io.gluedbt.local.glue.EndpointOptions;
import io.gluedbt.local.glue.LocalGlueEndpoint;
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
            try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(options)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    endpoint.close();
                    stopped.countDown();
                }, "gluedbt-glue-endpoint-stop"));
                Console.info(System.out, "Local Glue endpoint at " + endpoint.uri() + " (warehouse " + warehouse.toAbsolutePath() + ")");
                Console.info(System.out, "  export AWS_ENDPOINT_URL_GLUE=" + endpoint.uri() + " AWS_ENDPOINT_URL_LAKEFORMATION=" + endpoint.uri()
                        + " AWS_ENDPOINT_URL_STS=" + endpoint.uri());
                Console.info(System.out, "Press Ctrl-C to stop.");
                stopped.await();
            }
        }
        return 0;
    }
}
