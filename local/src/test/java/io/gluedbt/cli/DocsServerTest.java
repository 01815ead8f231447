package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.local.docs.DocsServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsServerTest {
    @TempDir
    Path work;

    @Test
    void servesTheSiteDirectoryOnlyWithContentTypes() throws IOException, InterruptedException {
        Path site = Files.createDirectories(work.resolve("target/docs"));
        Files.writeString(site.resolve("index.html"), "<html>docs</html>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/docs.js"), "console.log(1)");
        Files.writeString(work.resolve("target/secret.txt"), "not for the web");
        HttpClient client = HttpClient.newHttpClient();
        try (DocsServer server = DocsServer.start(site, "127.0.0.1", 0)) {
            assertThat(server.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");

            HttpResponse<String> index = client.send(HttpRequest.newBuilder(server.url()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).isEqualTo("<html>docs</html>");
            assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");

            HttpResponse<String> script = client.send(HttpRequest.newBuilder(server.url().resolve("assets/docs.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");

            HttpResponse<String> outside = client.send(HttpRequest.newBuilder(URI.create(server.url() + "..%2Fsecret.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(outside.statusCode()).isEqualTo(404);
            assertThat(outside.body()).doesNotContain("not for the web");

            HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.url()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void serveWithoutAGeneratedSiteIsAUserError() throws IOException {
        Path project = io.gluedbt.local.spark.NycDemo.copyExample(work);
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        int exitCode;
        System.setErr(new java.io.PrintStream(errors, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            exitCode = GluedbtCommand.execute("docs", "serve", "--project-dir", project.toString(), "--profiles-dir",
                    project.resolve("profiles").toString(), "--target", "local", "--port", "0");
        } finally {
            System.setErr(original);
        }
        assertThat(exitCode).isEqualTo(1);
        assertThat(errors.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Error 1002 PROJECT_INVALID: "
                + project.resolve("target/docs") + " has no index.html: run gluedbt docs generate first");
    }
}
