package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.Engine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gluedbt docs generate}: target/manifest.json (compiled), target/catalog.json from the engine's catalog
 * (metastore or Glue Data Catalog lookups of the project's own relations and sources; no queries), and the static
 * site in target/docs.
 */
@Command(name = "generate", description = "Write target/manifest.json, target/catalog.json and the static site target/docs.")
final class DocsGenerateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--no-compile", description = "Do not compile the project (manifest.json without compiled code).")
    boolean noCompile;

    @Option(names = "--empty-catalog", description = "Do not read the warehouse: catalog.json lists no relations.")
    boolean emptyCatalog;

    @Override
    public Integer call() {
        Console.info(System.out, "Running with gluedbt (dbt " + ProjectSession.DBT_VERSION + " compatible)");
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        Console.info(System.out, session.summary());
        DocsGeneration.Written written;
        if (noCompile && emptyCatalog) {
            written = DocsGeneration.generate(session, DocsGeneration.CompileStep.none(), CatalogView.offline());
        } else {
            try (Engine engine = Engines.open(session)) {
                Console.info(System.out, "Engine: " + engine.describe());
                DocsGeneration.CompileStep compile = noCompile ? DocsGeneration.CompileStep.none() : DocsGeneration.CompileStep.against(engine.catalog());
                written = DocsGeneration.generate(session, compile, emptyCatalog ? CatalogView.offline() : engine.catalog());
            }
        }
        Console.info(System.out, "Catalog: " + written.catalogArtifact().nodes().size() + " nodes, "
                + written.catalogArtifact().sources().size() + " sources");
        for (String error : written.catalogArtifact().errors()) {
            Console.info(System.out, "Catalog error: " + error);
        }
        Console.info(System.out, "Catalog written to " + written.catalog());
        Console.info(System.out, "Docs site written to " + written.site() + " (gluedbt docs serve)");
        return 0;
    }
}
