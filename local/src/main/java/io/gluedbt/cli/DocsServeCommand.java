package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.local.docs.DocsServer;
import io.gluedbt.local.docs.DocsSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gluedbt docs serve}: serves target/docs (written by {@code docs generate}) until interrupted. */
@Command(name = "serve", description = "Serve the site written by docs generate (target/docs) on localhost.")
final class DocsServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--port", description = "Port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--browser", negatable = true, description = "Accepted for dbt compatibility; no browser is opened.")
    boolean browser;

    @Override
    public Integer call() throws InterruptedException {
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Path site = session.targetDirectory().resolve(DocsSite.DIRECTORY);
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, site + " has no index.html: run gluedbt docs generate first");
        }
        DocsServer server;
        try {
            server = DocsServer.start(site, host, port);
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + exception.getMessage(), exception);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gluedbt-docs-serve-stop"));
        Console.info(System.out, "Serving docs at " + server.url());
        Console.info(System.out, "To access from your browser, navigate to: " + server.url());
        Console.info(System.out, "Press Ctrl+C to exit.");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
