package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.local;
import static io.gluedbt.compiler.plan.PlanFixture.node;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedStrategyTest {
    private static final String CSV = """
            id,name,price,active,day,seen_at,note
            1,Widget,1.5,true,2024-01-02,2024-01-02 03:04:05,
            2,"Gadget, \"\"deluxe\"\"",2,FALSE,2024-02-03,2024-02-03T04:05:06,null
            """;

    private static Node seed(Object... config) {
        return node("seed.demo.products", ResourceType.SEED, "products", "seeds/products.csv", "raw", config);
    }

    private static NodeStatements plan(Node seed, String csv, FakeCatalog catalog, RunMode mode) {
        return Planner.create().plan(seed, null, catalog, mode, local().withSeedReader(node -> csv));
    }

    private static NodeStatements plan(Node seed, String csv, FakeCatalog catalog) {
        return plan(seed, csv, catalog, RunMode.INCREMENTAL);
    }

    private static FakeCatalog existingProducts(String format) {
        return new FakeCatalog().table("raw", "products", format, "id", "bigint", "name", "string", "price", "double", "active", "boolean",
                "day", "date", "seen_at", "timestamp", "note", "bigint");
    }

    @Test
    void firstRunCreatesTheTableWithInferredTypesAndInsertsTheRows() {
        assertThat(render(plan(seed(), CSV, new FakeCatalog()))).isEqualTo("""
                -- create seed table
                CREATE TABLE raw.products (
                  `id` bigint,
                  `name` string,
                  `price` double,
                  `active` boolean,
                  `day` date,
                  `seen_at` timestamp,
                  `note` bigint
                )
                USING parquet

                -- insert seed rows 1/1
                INSERT INTO raw.products VALUES
                (1, 'Widget', 1.5, TRUE, DATE '2024-01-02', TIMESTAMP '2024-01-02 03:04:05', NULL),
                (2, 'Gadget, "deluxe"', 2, FALSE, DATE '2024-02-03', TIMESTAMP '2024-02-03T04:05:06', NULL)""");
    }

    @Test
    void columnTypesDelimiterQuotingAndFormatAreHonoured() {
        String csv = "code;amount\n007;1.50\nit's;\n";
        Node seed = seed("delimiter", ";", "column_types", Map.of("amount", "decimal(10,2)"), "quote_columns", false, "file_format", "delta");
        assertThat(render(plan(seed, csv, new FakeCatalog()))).isEqualTo("""
                -- create seed table
                CREATE TABLE raw.products (
                  code string,
                  amount decimal(10,2)
                )
                USING delta

                -- insert seed rows 1/1
                INSERT INTO raw.products VALUES
                ('007', CAST('1.50' AS decimal(10,2))),
                ('it\\'s', NULL)""");
    }

    @Test
    void partitionColumnsGoLast() {
        String planned = render(plan(seed("partition_by", "day"), "day,id\n2024-01-01,1\n", new FakeCatalog()));
        assertThat(planned).contains("  `id` bigint,\n  `day` date\n)\nUSING parquet\nPARTITIONED BY (day)")
                .contains("(1, DATE '2024-01-01')");
    }

    @Test
    void largeSeedsAreSplitIntoStatementsUnderTheLimit() {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int row = 0; row < 3000; row++) {
            csv.append(row).append(",").append("x".repeat(50)).append('\n');
        }
        var statements = plan(seed(), csv.toString(), new FakeCatalog()).statements();
        var inserts = statements.stream().filter(statement -> statement.purpose().startsWith("insert seed rows")).toList();
        assertThat(inserts).hasSizeGreaterThan(2);
        assertThat(inserts).allSatisfy(statement -> assertThat(statement.sql().length()).isLessThanOrEqualTo(SeedTable.MAX_STATEMENT_CHARS));
        assertThat(inserts.get(0).purpose()).isEqualTo("insert seed rows 1/" + inserts.size());
        long rows = inserts.stream().mapToLong(statement -> statement.sql().lines().filter(line -> line.startsWith("(")).count()).sum();
        assertThat(rows).isEqualTo(3000);
    }

    @Test
    void sameColumnsOverwriteTheRowsInOneStatement() {
        assertThat(render(plan(seed("file_format", "iceberg"), CSV, existingProducts("iceberg")))).isEqualTo("""
                -- overwrite seed rows 1/1
                INSERT OVERWRITE TABLE glue_catalog.raw.products VALUES
                (1, 'Widget', 1.5, TRUE, DATE '2024-01-02', TIMESTAMP '2024-01-02 03:04:05', NULL),
                (2, 'Gadget, "deluxe"', 2, FALSE, DATE '2024-02-03', TIMESTAMP '2024-02-03T04:05:06', NULL)""");
    }

    @Test
    void aFormatChangeRebuildsTheSeed() {
        assertThat(render(plan(seed(), CSV, existingProducts("iceberg")))).startsWith("-- drop leftover temporary table")
                .contains("-- drop previous relation\nDROP TABLE IF EXISTS glue_catalog.raw.products\n");
    }

    @Test
    void sameColumnsButManyBatchesAreStagedThenOverwrittenAtOnce() {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int row = 0; row < 2000; row++) {
            csv.append(row).append(",").append("y".repeat(50)).append('\n');
        }
        var statements = plan(seed(), csv.toString(), new FakeCatalog().table("raw", "products", "parquet", "id", "bigint", "text", "string"))
                .statements();
        assertThat(statements.get(0).sql()).isEqualTo("DROP TABLE IF EXISTS raw.products__dbt_tmp");
        assertThat(statements.get(1).sql()).startsWith("CREATE TABLE raw.products__dbt_tmp (");
        assertThat(statements.get(2).sql()).startsWith("INSERT INTO raw.products__dbt_tmp VALUES\n");
        assertThat(statements.get(statements.size() - 2).sql()).isEqualTo("INSERT OVERWRITE TABLE raw.products\nSELECT * FROM raw.products__dbt_tmp");
        assertThat(statements.get(statements.size() - 1).sql()).isEqualTo("DROP TABLE IF EXISTS raw.products__dbt_tmp");
    }

    @Test
    void changedColumnsRebuildAsideAndSwap() {
        FakeCatalog catalog = new FakeCatalog().table("raw", "products", "parquet", "id", "int", "name", "string");
        assertThat(render(plan(seed(), "id,label\n1,a\n", catalog))).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS raw.products__dbt_tmp

                -- create temporary seed table
                CREATE TABLE raw.products__dbt_tmp (
                  `id` bigint,
                  `label` string
                )
                USING parquet

                -- insert seed rows 1/1
                INSERT INTO raw.products__dbt_tmp VALUES
                (1, 'a')

                -- drop previous relation
                DROP TABLE IF EXISTS raw.products

                -- rename temporary table
                ALTER TABLE raw.products__dbt_tmp RENAME TO raw.products""");
    }

    @Test
    void fullRefreshOfADeltaSeedReplacesAtomically() {
        Node seed = seed("file_format", "delta");
        String planned = render(plan(seed, "id\n1\n", new FakeCatalog().table("raw", "products", "delta", "id", "bigint"), RunMode.FULL_REFRESH));
        assertThat(planned).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS raw.products__dbt_tmp

                -- create temporary seed table
                CREATE TABLE raw.products__dbt_tmp (
                  `id` bigint
                )
                USING delta

                -- insert seed rows 1/1
                INSERT INTO raw.products__dbt_tmp VALUES
                (1)

                -- replace table
                CREATE OR REPLACE TABLE raw.products
                USING delta
                AS
                SELECT * FROM raw.products__dbt_tmp

                -- drop temporary table
                DROP TABLE IF EXISTS raw.products__dbt_tmp""");
    }

    @Test
    void aHeaderOnlySeedCreatesAnEmptyTable() {
        assertThat(render(plan(seed(), "id,name\n", new FakeCatalog()))).isEqualTo("""
                -- create seed table
                CREATE TABLE raw.products (
                  `id` bigint,
                  `name` bigint
                )
                USING parquet""");
    }

    @Test
    void targetSeedFormatAppliesWithoutFileFormat() {
        PlanContext context = new PlanContext(java.util.Optional.of("s3://b"), LocationLayout.SCHEMA_AND_ALIAS, java.util.Optional.of("glue_catalog"),
                "CSV", node -> "id\n1\n", HookRenderer.verbatim(), PlanFixture.CLOCK);
        String planned = render(Planner.create().plan(seed(), null, new FakeCatalog(), RunMode.INCREMENTAL, context));
        assertThat(planned).contains(")\nUSING csv\nLOCATION 's3://b/raw/products'\n\n-- insert seed rows 1/1");
    }

    @Test
    void csvParsingHandlesQuotedLineBreaksBomAndShortRows() {
        SeedCsv csv = SeedCsv.parse("\uFEFFa,b,c\r\n\"line1\nline2\",2\r\n\r\n3,,\"\"\n", ',');
        assertThat(csv.header()).containsExactly("a", "b", "c");
        assertThat(csv.rows()).hasSize(2);
        assertThat(csv.rows().get(0)).containsExactly("line1\nline2", "2", null);
        assertThat(csv.rows().get(1)).containsExactly("3", "", "");
    }

    @Test
    void typeInferenceFollowsDbtsOrder() {
        assertThat(SeedType.INTEGER.accepts("99999999999999999999")).isFalse();
        assertThat(SeedType.DECIMAL.accepts("-1.5e3")).isTrue();
        assertThat(SeedType.DATE.accepts("2024-1-2")).isFalse();
        assertThat(SeedType.TIMESTAMP.accepts("2024-01-02T03:04:05.123Z")).isTrue();
        assertThat(SeedType.BOOLEAN.accepts("True")).isTrue();
        assertThat(SeedType.TEXT.literal("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(SeedType.isNull(" NULL ")).isTrue();
    }

    @Test
    void seedFilesAreReadFromTheProjectDirectory(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("seeds"));
        Files.writeString(root.resolve("seeds/products.csv"), "id\n5\n");
        NodeStatements planned = Planner.create().plan(seed(), null, new FakeCatalog(), RunMode.INCREMENTAL, PlanContext.local(root));
        assertThat(planned.statements().stream().map(SqlStatement::sql)).last().isEqualTo("INSERT INTO raw.products VALUES\n(5)");
    }

    @Test
    void aMissingOrEmptySeedFileIsASeedError(@TempDir Path root) {
        assertThatThrownBy(() -> Planner.create().plan(seed(), null, new FakeCatalog(), RunMode.INCREMENTAL, PlanContext.local(root)))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("seeds/products.csv: cannot read seed file " + root.resolve("seeds/products.csv"));
        assertThatThrownBy(() -> plan(seed(), "", new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("seeds/products.csv: seed 'products' is empty: it needs a header line");
    }
}
