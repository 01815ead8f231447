package io.gluedbt.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A finished external command: its exit code and its combined stdout + stderr.
 *
 * @param command the command line, for messages
 * @param exitCode the process's exit status
 * @param output stdout and stderr, interleaved as written
 */
record ExternalProcess(List<String> command, int exitCode, String output) {
    ExternalProcess {
        command = List.copyOf(command);
        requireNonNull(output, "output is null");
    }

    /**
     * Runs {@code command} in {@code workingDirectory} with the current environment minus every variable whose name
     * starts with one of {@code removedPrefixes}. Output goes to a log file in {@code logDirectory} (so a chatty
     * child can never block on a full pipe). Past {@code timeout} the process and its descendants are killed and
     * an {@link AssertionError} names the command and shows the output so far.
     */
    static ExternalProcess run(List<String> command, Path workingDirectory, Path logDirectory, Duration timeout, List<String> removedPrefixes) {
        try {
            Files.createDirectories(logDirectory);
            Path log = Files.createTempFile(logDirectory, "process-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> removedPrefixes.stream().anyMatch(name::startsWith));
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("timed out after " + timeout + ": " + String.join(" ", command) + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new ExternalProcess(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, exception);
        }
    }

    String describe() {
        return "$ " + String.join(" ", command) + "\n(exit " + exitCode + ")\n" + output;
    }
}
