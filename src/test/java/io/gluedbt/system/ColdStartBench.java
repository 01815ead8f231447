package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bench/lambda_cold_start.sh's driver (not a test): serves S3 with s3proxy, uploads a project zip, and runs the
 * Compile handler from the shaded jar in fresh JVMs (LocalInvoke, as the Lambda runtime would: Lambda's Java
 * runtime flags -XX:+TieredCompilation -XX:TieredStopAtLevel=1), printing each cold start as JSON lines.
 * Arguments: shaded jar, project directory, runs, and optionally {@code cds}: a first (uncounted) run writes an AppCDS
 * archive of the classes a compile loads, and the counted runs start from it (what SnapStart or a CDS archive in
 * the deployment would save).
 */
public final class ColdStartBench {
    private ColdStartBench() {}

    public static void main(String[] arguments) throws Exception {
        Path jar = Path.of(arguments[0]).toAbsolutePath();
        Path project = Path.of(arguments[1]).toAbsolutePath();
        int runs = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 3;
        boolean cds = arguments.length > 3 && arguments[3].equals("cds");
        Path archive = Files.createTempDirectory("gluedbt-cds-").resolve("compile.jsa");
        ObjectMapper mapper = new ObjectMapper();
        try (S3ProxyFixture s3 = new S3ProxyFixture()) {
            s3.client().createBucket(request -> request.bucket("projects"));
            s3.client().createBucket(request -> request.bucket("artifacts"));
            byte[] zip = SyntheticProject.zipDirectory(project);
            for (int run = cds ? -1 : 0; run < runs; run++) {
                // a new object per run: a second delivery of one object version is (rightly) a DUPLICATE no-op
                String key = "projects/demo-" + (run + 1) + ".zip";
                s3.client().putObject(request -> request.bucket("projects").key(key), software.amazon.awssdk.core.sync.RequestBody.fromBytes(zip));
                Path input = Files.createTempFile("compile-input-", ".json");
                Files.writeString(input, mapper.writeValueAsString(Map.of("runId", "bench-" + System.nanoTime(),
                        "request", Map.of("bucket", "projects", "key", key))));
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
                if (cds) {
                    command.add(run < 0 ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive);
                }
                command.addAll(List.of("-cp", jar.toString(), "io.gluedbt.functions.LocalInvoke", "io.gluedbt.functions.CompileHandler", input.toString()));
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                Map<String, String> environment = builder.environment();
                environment.put("AWS_ENDPOINT_URL_S3", s3.endpoint().toString());
                environment.put("AWS_REGION", "us-east-1");
                environment.put("AWS_ACCESS_KEY_ID", S3ProxyFixture.ACCESS_KEY);
                environment.put("AWS_SECRET_ACCESS_KEY", S3ProxyFixture.SECRET_KEY);
                environment.put("GLUEDBT_S3_PATH_STYLE", "true");
                environment.put("GLUEDBT_ARTIFACTS_BUCKET", "artifacts");
                environment.put("GLUEDBT_CATALOG", "offline");
                environment.put("AWS_EMF_ENVIRONMENT", "Local");
                environment.put("POWERTOOLS_METRICS_NAMESPACE", "gluedbt");
                environment.put("DBT_ROLE_ARN", "arn:aws:iam::123456789012:role/gluedbt");
                environment.put("DBT_S3_LOCATION", "s3://warehouse/");
                long started = System.nanoTime();
                Process process = builder.start();
                String[] lines = new String(process.getInputStream().readAllBytes()).strip().split("\n");
                int exit = process.waitFor();
                long wall = (System.nanoTime() - started) / 1_000_000;
                String last = java.util.Arrays.stream(lines).filter(line -> line.contains("\"jvmUptimeMillis\"")).reduce((first, second) -> second)
                        .orElseThrow(() -> new IllegalStateException("no LocalInvoke result (exit " + exit + "): " + String.join("\n", lines)));
                JsonNode result = mapper.readTree(last);
                if (exit != 0 || !"COMPILED".equals(result.path("output").path("status").asText())) {
                    throw new IllegalStateException("compile failed (exit " + exit + "): " + String.join("\n", lines));
                }
                if (run < 0) {
                    continue;
                }
                System.out.println("{\"run\": " + (run + 1) + ", \"cds\": " + cds + ", \"processMillis\": " + wall + ", \"jvmUptimeAtResponseMillis\": "
                        + result.get("jvmUptimeMillis").asLong() + ", \"initMillis\": " + result.get("initMillis").asLong() + ", \"invokeMillis\": "
                        + result.get("invokeMillis").asLong() + ", \"nodes\": " + result.path("output").path("nodeCount").asInt() + "}");
                Files.deleteIfExists(input);
            }
        }
    }
}
