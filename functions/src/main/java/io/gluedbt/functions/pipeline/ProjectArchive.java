package io.gluedbt.functions.pipeline;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a project zip safely: rejects what is not a zip, entries that escape the directory (zip-slip), archives
 * over the size or entry limits, and archives without dbt_project.yml (at the root or in a single top folder).
 */
public final class ProjectArchive {
    private ProjectArchive() {}

    /** Extracts {@code archive} (named {@code name} in messages) into {@code directory}; returns the project root. */
    public static Path extract(byte[] archive, String name, Path directory, ArchiveLimits limits) {
        if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K' || archive[2] != 3 || archive[3] != 4) {
            throw invalid(name + ": not a zip archive (a dbt project must be uploaded as a .zip of the project directory)");
        }
        Path root = directory.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = next(zip, name); entry != null; entry = next(zip, name)) {
                if (names.size() >= limits.maxEntries()) {
                    throw invalid(name + ": more than " + limits.maxEntries() + " entries; a dbt project archive holds at most " + limits.maxEntries());
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().startsWith("/") || entry.getName().contains("\\")) {
                    throw invalid(name + ": entry '" + entry.getName() + "' escapes the project directory");
                }
                names.add(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    total = copy(zip, out, total, limits.maxUncompressedBytes(), name);
                }
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        if (names.isEmpty()) {
            throw invalid(name + ": corrupted or empty zip archive (no entries could be read)");
        }
        return projectRoot(root, name);
    }

    private static ZipEntry next(ZipInputStream zip, String name) {
        try {
            return zip.getNextEntry();
        } catch (IOException exception) {
            throw corrupted(name, exception);
        }
    }

    private static int read(InputStream in, byte[] buffer, String name) {
        try {
            return in.read(buffer);
        } catch (IOException exception) {
            throw corrupted(name, exception);
        }
    }

    private static GluedbtException corrupted(String name, IOException exception) {
        return invalid(name + ": corrupted zip archive (" + exception.getMessage() + ")");
    }

    private static long copy(InputStream in, OutputStream out, long total, long limit, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = total;
        for (int read = read(in, buffer, name); read >= 0; read = read(in, buffer, name)) {
            written += read;
            if (written > limit) {
                throw invalid(name + ": expands to more than " + (limit / (1024 * 1024)) + " MB; a dbt project archive may hold at most that");
            }
            out.write(buffer, 0, read);
        }
        return written;
    }

    private static Path projectRoot(Path root, String name) {
        if (Files.isRegularFile(root.resolve("dbt_project.yml"))) {
            return root;
        }
        try (var children = Files.list(root)) {
            List<Path> entries = children.filter(path -> !path.getFileName().toString().equals("__MACOSX")).toList();
            if (entries.size() == 1 && Files.isRegularFile(entries.get(0).resolve("dbt_project.yml"))) {
                return entries.get(0);
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        throw new GluedbtException(ErrorCode.PROJECT_NOT_FOUND,
                name + ": no dbt_project.yml at the archive root (or in its single top-level folder); zip the dbt project directory itself");
    }

    private static GluedbtException invalid(String message) {
        return new GluedbtException(ErrorCode.PROJECT_INVALID, message);
    }
}
