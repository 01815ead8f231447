package io.gluedbt.local.spark;

import static io.gluedbt.local.spark.Statements.run;
import static io.gluedbt.local.spark.Statements.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkCatalogViewTest {
    private static final String COLUMNS = "SELECT CAST(id AS INT) AS id, CAST(id AS DECIMAL(10, 2)) AS amount,"
            + " TIMESTAMP'2016-01-01 00:00:00' AS pickup, '2016' AS year FROM range(3)";

    @BeforeAll
    static void tables() {
        succeeded(run("setup",
                "CREATE DATABASE IF NOT EXISTS catalog_test",
                "DROP VIEW IF EXISTS catalog_test.a_view",
                "DROP TABLE IF EXISTS catalog_test.in_parquet",
                "DROP TABLE IF EXISTS catalog_test.in_csv",
                "CREATE TABLE catalog_test.in_parquet USING parquet PARTITIONED BY (year) AS " + COLUMNS,
                "CREATE OR REPLACE TABLE catalog_test.in_delta USING delta PARTITIONED BY (year) AS " + COLUMNS,
                "DROP TABLE IF EXISTS catalog_test.in_hudi",
                "CREATE TABLE catalog_test.in_hudi USING hudi PARTITIONED BY (year)"
                        + " OPTIONS (primaryKey 'id', preCombineField 'pickup', type 'cow') AS " + COLUMNS,
                "CREATE OR REPLACE TABLE glue_catalog.catalog_test.in_iceberg USING iceberg PARTITIONED BY (days(pickup)) AS " + COLUMNS,
                "CREATE TABLE catalog_test.in_csv USING csv AS " + COLUMNS,
                "CREATE VIEW catalog_test.a_view AS SELECT id, year FROM catalog_test.in_parquet"));
    }

    private static CatalogView catalog() {
        return TestSpark.engine().catalog();
    }

    private static Relation relation(String identifier) {
        return catalog().getRelation("catalog_test", "catalog_test", identifier).orElseThrow();
    }

    @Test
    void findsTablesOfEveryFormatAndViews() {
        for (String table : List.of("in_parquet", "in_delta", "in_hudi", "in_iceberg", "in_csv")) {
            Relation relation = relation(table);
            assertThat(relation.getSchema()).isEqualTo("catalog_test");
            assertThat(relation.getIdentifier()).isEqualTo(table);
            assertThat(relation.relationType()).as(table).isEqualTo(RelationType.TABLE);
        }
        assertThat(relation("a_view").relationType()).isEqualTo(RelationType.VIEW);
    }

    @Test
    void missingRelationOrDatabaseIsEmpty() {
        assertThat(catalog().getRelation("catalog_test", "catalog_test", "no_such_table")).isEmpty();
        assertThat(catalog().getRelation("no_such_database", "no_such_database", "in_parquet")).isEmpty();
        assertThat(catalog().getColumns(Relation.table("catalog_test", "no_such_table"))).isEmpty();
        assertThat(catalog().tableFormat(Relation.table("catalog_test", "no_such_table"))).isEmpty();
    }

    @Test
    void namesAreCaseInsensitiveAndComeBackAsStored() {
        assertThat(catalog().getRelation("Catalog_Test", "Catalog_Test", "IN_Delta")).contains(relation("in_delta"));
    }

    @Test
    void aDroppedTableIsGoneAtTheNextLookup() {
        succeeded(run("create", "CREATE TABLE IF NOT EXISTS catalog_test.short_lived USING parquet AS SELECT 1 AS id"));
        assertThat(catalog().getRelation("catalog_test", "catalog_test", "short_lived")).isPresent();

        succeeded(run("drop", "DROP TABLE catalog_test.short_lived"));

        assertThat(catalog().getRelation("catalog_test", "catalog_test", "short_lived")).isEmpty();
        assertThat(catalog().tableFormat(Relation.table("catalog_test", "short_lived"))).isEmpty();
    }

    @Test
    void mixedCaseNamesFindIcebergTablesAndTheirFormat() {
        Relation relation = catalog().getRelation("Catalog_Test", "CATALOG_TEST", "In_Iceberg").orElseThrow();

        assertThat(relation).isEqualTo(relation("in_iceberg"));
        assertThat(catalog().tableFormat(Relation.table("CATALOG_TEST", "IN_ICEBERG"))).contains("iceberg");
    }

    @Test
    void tellsEachTablesFormat() {
        assertThat(List.of("in_parquet", "in_delta", "in_hudi", "in_iceberg", "in_csv", "a_view"))
                .map(table -> catalog().tableFormat(relation(table)))
                .containsExactly(Optional.of("parquet"), Optional.of("delta"), Optional.of("hudi"), Optional.of("iceberg"),
                        Optional.of("csv"), Optional.empty());
    }

    @Test
    void columnsHaveSparkTypesAndNoHudiMetadata() {
        for (String table : List.of("in_parquet", "in_delta", "in_hudi", "in_iceberg", "in_csv")) {
            assertThat(catalog().getColumns(relation(table)))
                    .as(table)
                    .extracting(Column::getName, Column::getDataType)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("id", "int"),
                            org.assertj.core.groups.Tuple.tuple("amount", "decimal(10,2)"),
                            org.assertj.core.groups.Tuple.tuple("pickup", "timestamp"),
                            org.assertj.core.groups.Tuple.tuple("year", "string"));
        }
        assertThat(catalog().getColumns(relation("a_view"))).extracting(Column::getName).containsExactly("id", "year");
    }

    @Test
    void partitionColumnsOfEachFormat() {
        assertThat(catalog().partitionColumns(relation("in_parquet"))).containsExactly("year");
        assertThat(catalog().partitionColumns(relation("in_delta"))).containsExactly("year");
        assertThat(catalog().partitionColumns(relation("in_hudi"))).containsExactly("year");
        assertThat(catalog().partitionColumns(relation("in_iceberg"))).containsExactly("days(pickup)");
        assertThat(catalog().partitionColumns(relation("in_csv"))).isEmpty();
        assertThat(catalog().partitionColumns(relation("a_view"))).isEmpty();
    }

    @Test
    void relationDetailsHaveCommentsOwnerAndStatisticsWithoutQueries() {
        succeeded(run("commented",
                "DROP TABLE IF EXISTS catalog_test.commented",
                "CREATE TABLE catalog_test.commented (id INT COMMENT 'the trip id', year STRING) USING parquet COMMENT 'trips, commented'",
                "INSERT INTO catalog_test.commented VALUES (1, '2016'), (2, '2016'), (3, '2017')",
                "ANALYZE TABLE catalog_test.commented COMPUTE STATISTICS"));

        io.gluedbt.compiler.catalog.RelationDetails details = catalog().relationDetails(relation("commented"));

        assertThat(details.comment()).isEqualTo("trips, commented");
        assertThat(details.owner()).isEqualTo(System.getProperty("user.name"));
        assertThat(details.columnComments()).containsExactly(java.util.Map.entry("id", "the trip id"));
        assertThat(details.rows()).isEqualTo(3L);
        assertThat(details.bytes()).isPositive();
        assertThat(catalog().relationDetails(relation("a_view")).rows()).isNull();
        assertThat(catalog().relationDetails(Relation.table("catalog_test", "missing")))
                .isEqualTo(io.gluedbt.compiler.catalog.RelationDetails.none());
    }

    @Test
    void runQueryReturnsColumnsAndRows() {
        QueryResult result = catalog().runQuery("SELECT year, count(*) AS trips FROM catalog_test.in_parquet GROUP BY year");

        assertThat(result.getColumn_names()).containsExactly("year", "trips");
        assertThat(result.getRows()).containsExactly(List.of("2016", 3L));
    }

    @Test
    void runQueryFailureIsACompilerErrorWithSparksMessage() {
        assertThatThrownBy(() -> catalog().runQuery("SELECT * FROM catalog_test.no_such_table"))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("run_query failed: [TABLE_OR_VIEW_NOT_FOUND] The table or view"
                        + " `catalog_test`.`no_such_table` cannot be found.");
    }
}
