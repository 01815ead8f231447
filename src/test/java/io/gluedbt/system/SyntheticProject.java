package io.gluedbt.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds project zips for the scenarios: a synthetic dbt project of {@code layers} x {@code width} table models,
 * each model of layer n refs two models of layer n-1 (a Glue profile, so the plan is the cloud plan), and zips of
 * any directory.
 */
final class SyntheticProject {
    private SyntheticProject() {}

    static byte[] layered(int layers, int width, int threads) {
        return layered(layers, width, threads, java.util.Set.of());
    }

    /** As {@link #layered(int, int, int)}, the named models selecting from a table that does not exist (the fake endpoint and Spark fail on it). */
    static byte[] layered(int layers, int width, int threads, java.util.Set<String> failing) {
        return layered(layers, width, failing, "      role_arn: arn:aws:iam::123456789012:role/gluedbt\n      region: us-east-1\n      workers: 2\n"
                + "      worker_type: G.1X\n      schema: synthetic\n      database: synthetic\n      threads: " + threads + "\n"
                + "      location: s3://warehouse/synthetic\n");
    }

    /** As {@link #layered(int, int, int, java.util.Set)}, with the glue target's lines (indented by six spaces) as given. */
    static byte[] layered(int layers, int width, java.util.Set<String> failing, String targetLines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "synthetic/dbt_project.yml", "name: synthetic\nversion: '1.0'\nprofile: synthetic\nmodels:\n  synthetic:\n    +materialized: table\n");
            put(zip, "synthetic/profiles.yml", "synthetic:\n  target: dev\n  outputs:\n    dev:\n      type: glue\n" + targetLines);
            for (int layer = 0; layer < layers; layer++) {
                for (int index = 0; index < width; index++) {
                    String sql = layer == 0 ? "select " + index + " as id"
                            : "select id from {{ ref('" + name(layer - 1, index) + "') }} union all select id from {{ ref('" + name(layer - 1, (index + 1) % width) + "') }}";
                    if (failing.contains(name(layer, index))) {
                        sql = "select id from " + FakeStatementCode.FAIL_MARKER;
                    }
                    put(zip, "synthetic/models/layer_" + layer + "/" + name(layer, index) + ".sql", sql + "\n");
                }
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    static String name(int layer, int index) {
        return "m_" + layer + "_" + index;
    }

    static byte[] zipDirectory(Path directory) {
        return zipDirectory(directory, java.util.Map.of());
    }

    /** The directory's files (without target/) and the {@code extra} files (zip path to content), in path order. */
    static byte[] zipDirectory(Path directory, java.util.Map<String, String> extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(path -> !directory.relativize(path).startsWith("target"))
                    .sorted(Comparator.naturalOrder()).toList();
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
            for (var entry : new java.util.TreeMap<>(extra).entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
