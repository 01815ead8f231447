package io.gluedbt.cli;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.docs.CatalogArtifact;
import io.gluedbt.compiler.docs.CatalogBuilder;
import io.gluedbt.compiler.docs.CatalogMetadata;
import io.gluedbt.compiler.docs.CatalogWriter;
import io.gluedbt.local.docs.DocsSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * What {@code docs generate} does, engine-agnostic: compile every node against {@code compileCatalog} and write
 * manifest.json (with compiled code), read catalog.json from {@code liveCatalog}, then write the static site.
 * {@code CatalogView.offline()} for either skips the warehouse ({@code --empty-catalog}).
 */
final class DocsGeneration {
    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private DocsGeneration() {}

    /** The files written. */
    record Written(Path manifest, Path catalog, Path site, CatalogArtifact catalogArtifact) {
        Written {
            requireNonNull(manifest, "manifest is null");
            requireNonNull(catalog, "catalog is null");
            requireNonNull(site, "site is null");
            requireNonNull(catalogArtifact, "catalogArtifact is null");
        }
    }

    static Written generate(ProjectSession session, CompileStep compileStep, CatalogView liveCatalog) {
        Path manifest = session.writeArtifacts(compileStep.compile(session));
        String generatedAt = GENERATED_AT.format(Instant.now());
        CatalogMetadata metadata = new CatalogMetadata(ProjectSession.DBT_VERSION, generatedAt, UUID.randomUUID().toString(), Map.of());
        CatalogArtifact catalog = CatalogBuilder.create().build(session.manifest(), liveCatalog, metadata);
        try {
            Path catalogFile = CatalogWriter.create().write(session.targetDirectory(), catalog);
            return new Written(manifest, catalogFile, DocsSite.write(session.targetDirectory()), catalog);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** How manifest.json gets its compiled code: compiled against a catalog, or not compiled ({@code --no-compile}). */
    interface CompileStep {
        CompileResult compile(ProjectSession session);

        static CompileStep against(CatalogView catalog) {
            return session -> session.compile(session.select(SelectionRequest.all()), catalog, RunMode.INCREMENTAL);
        }

        static CompileStep none() {
            return session -> new CompileResult(Map.of());
        }
    }
}
