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

    /** As {@link #layered(int, int, int)}, the named models selecting from a table the fake endpoint fails on. */
    static byte[] layered(int layers, int width, int threads, java.util.Set<String> failing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "synthetic/dbt_project.yml", "name: synthetic\nversion: '1.0'\nprofile: synthetic\nmodels:\n  synthetic:\n    +materialized: table\n");
            put(zip, "synthetic/profiles.yml", "synthetic:\n  target: dev\n  outputs:\n    dev:\n      type: glue\n      role_arn: arn:aws:iam::123456789012:role/gluedbt\n"
                    + "      region: us-east-1\n      workers: 2\n      worker_type: G.1X\n      schema: synthetic\n      database: synthetic\n"
                    + "      threads: " + threads + "\n      location: s3://warehouse/synthetic\n");
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(path -> !directory.relativize(path).startsWith("target"))
                    .sorted(Comparator.naturalOrder()).toList();
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
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
