package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.local.docs.DocsServer;
import io.gluedbt.local.spark.NycDemo;
import io.gluedbt.local.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs generate} on the built NYC demo, then the site served by {@code docs serve}'s server on a free port
 * and driven in headless Chromium by docs-site/e2e/docs.e2e.mjs (Debian's chromium, playwright-core from the
 * pinned lockfile): the tree, gold_cost_metrics' column descriptions and types, its SQL, its lineage (silver and
 * the source upstream), navigation and search. Screenshots land in target/docs-e2e/.
 */
class DocsSiteBrowserTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path SITE_SOURCES = REPOSITORY.resolve("docs-site");
    private static final Path SCREENSHOTS = Path.of("target", "docs-e2e").toAbsolutePath();
    private static final String GOLD = "model.dbt_glue_demo.gold_cost_metrics";

    @TempDir
    Path work;

    @Test
    void generatedDocsOfTheNycDemoWorkInABrowser() throws IOException {
        Path project = NycDemo.copyExample(work);
        NycDemo.ensureBuilt(project);
        ProjectSession session = ProjectSession.open(NycDemo.options(project, "profiles/iceberg"));
        CatalogView catalog = TestSpark.engine().catalog();

        DocsGeneration.Written written = DocsGeneration.generate(session, DocsGeneration.CompileStep.against(catalog), catalog);

        assertThat(DbtSchemas.validate(written.catalog(), REPOSITORY, DbtSchemas.CATALOG)).as("catalog.json against catalog v1").isEmpty();
        assertThat(DbtSchemas.validate(written.manifest(), REPOSITORY)).as("manifest.json against manifest v12").isEmpty();
        JsonNode catalogJson = new ObjectMapper().readTree(written.catalog().toFile());
        assertThat(catalogJson.path("errors").isNull()).isTrue();
        assertThat(fieldNames(catalogJson.path("nodes"))).containsExactly(GOLD, "model.dbt_glue_demo.gold_passengers_metrics",
                "model.dbt_glue_demo.silver_avg_metrics");
        assertThat(fieldNames(catalogJson.path("sources"))).containsExactly("source.dbt_glue_demo.data_source.records");
        JsonNode gold = catalogJson.path("nodes").path(GOLD);
        assertThat(gold.path("columns").path("avg_cost_per_distance").path("type").asText()).isEqualTo("double");
        assertThat(gold.path("stats").path("format").path("value").asText()).isEqualTo("iceberg");
        assertThat(written.site().resolve("index.html")).isRegularFile();
        assertThat(written.site().resolve("catalog.json")).hasSameBinaryContentAs(written.catalog());
        assertThat(written.site().resolve("manifest.json")).hasSameBinaryContentAs(written.manifest());

        try (DocsServer server = DocsServer.start(written.site(), "127.0.0.1", 0)) {
            ExternalProcess browser = ExternalProcess.run(
                    List.of("node", "e2e/docs.e2e.mjs", server.url().toString(), SCREENSHOTS.toString()),
                    SITE_SOURCES, work.resolve("logs"), Duration.ofMinutes(3), List.of());
            assertThat(browser.exitCode()).as(browser.describe()).isZero();
            assertThat(browser.output()).contains("ok - the source data_source.records is upstream").doesNotContain("not ok");
        }
        assertThat(SCREENSHOTS.resolve("gold_cost_metrics-lineage.png")).isRegularFile();
        assertThat(Files.size(SCREENSHOTS.resolve("gold_cost_metrics-lineage.png"))).isGreaterThan(10_000);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
