package io.gluedbt.local.docs;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.docs.CatalogWriter;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The static documentation site: the front-end built from {@code docs-site/} (packaged in this jar under
 * {@code io/gluedbt/docs/site/}, its files listed in {@code site-files.txt}) plus copies of the project's
 * manifest.json and catalog.json, written to {@code target/docs/}. Works from any static host (S3, nginx,
 * {@code gluedbt docs serve}); every URL in it is relative.
 */
public final class DocsSite {
    public static final String DIRECTORY = "docs";
    private static final String RESOURCE_ROOT = "io/gluedbt/docs/site/";
    private static final String FILE_LIST = "site-files.txt";
    private static final String MANIFEST = "manifest.json";

    private DocsSite() {}

    /** Writes {@code <targetDirectory>/docs/} from the packaged site and the target's artifacts; returns that directory. */
    public static Path write(Path targetDirectory) {
        requireNonNull(targetDirectory, "targetDirectory is null");
        Path site = targetDirectory.resolve(DIRECTORY);
        try {
            Files.createDirectories(site);
            for (String file : siteFiles()) {
                Path destination = site.resolve(file).normalize();
                if (!destination.startsWith(site)) {
                    throw new GluedbtException(ErrorCode.INTERNAL, "the packaged docs site lists a file outside the site: " + file);
                }
                Files.createDirectories(destination.getParent());
                try (InputStream input = resource(file)) {
                    Files.copy(input, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String artifact : List.of(MANIFEST, CatalogWriter.FILE_NAME)) {
                Path source = targetDirectory.resolve(artifact);
                if (!Files.isRegularFile(source)) {
                    throw new GluedbtException(ErrorCode.INTERNAL, source + " is missing: docs generate writes it before the site");
                }
                Files.copy(source, site.resolve(artifact), StandardCopyOption.REPLACE_EXISTING);
            }
            return site;
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot write the docs site to " + site, exception);
        }
    }

    /** The site's files, relative to its root, as the front-end build listed them. */
    static List<String> siteFiles() throws IOException {
        try (InputStream input = resource(FILE_LIST)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    private static InputStream resource(String file) {
        InputStream input = DocsSite.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + file);
        if (input == null) {
            throw new GluedbtException(ErrorCode.INTERNAL, "the docs site is not in this build (" + RESOURCE_ROOT + file
                    + " is not on the classpath): build with Maven, which runs npm in docs-site/");
        }
        return input;
    }
}
