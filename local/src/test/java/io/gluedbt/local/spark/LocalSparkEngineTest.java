package io.gluedbt.local.spark;

import static io.gluedbt.local.spark.Statements.rows;
import static io.gluedbt.local.spark.Statements.run;
import static io.gluedbt.local.spark.Statements.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalSparkEngineTest {
    @BeforeAll
    static void database() {
        succeeded(run("setup", "CREATE DATABASE IF NOT EXISTS engine_test"));
    }

    @Test
    void parquetTableIsCreatedInsertedAndOverwrittenByPartition() {
        succeeded(run("model.parquet",
                "DROP TABLE IF EXISTS engine_test.trips_parquet",
                "CREATE TABLE engine_test.trips_parquet USING parquet PARTITIONED BY (year)"
                        + " AS SELECT id, CAST(id * 1.5 AS DOUBLE) AS amount, CAST(2015 + id % 2 AS STRING) AS year FROM range(10)",
                "INSERT INTO engine_test.trips_parquet SELECT 100, 1.0D, '2017'",
                "INSERT OVERWRITE TABLE engine_test.trips_parquet SELECT 200, 2.0D, '2015'"));

        assertThat(rows("SELECT year, count(*) FROM engine_test.trips_parquet GROUP BY year ORDER BY year"))
                .containsExactly(List.of("2015", 1L), List.of("2016", 5L), List.of("2017", 1L));
    }

    @Test
    void deltaMergeReportsAffectedRows() {
        NodeResult result = succeeded(run("model.delta",
                "DROP TABLE IF EXISTS engine_test.trips_delta",
                "CREATE TABLE engine_test.trips_delta USING delta AS SELECT id, CAST(id AS DOUBLE) AS amount FROM range(5)",
                "INSERT INTO engine_test.trips_delta SELECT 5, 5.0D",
                "MERGE INTO engine_test.trips_delta AS target USING (SELECT id, 10.0D AS amount FROM range(4, 8)) AS source"
                        + " ON target.id = source.id"
                        + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *"));

        assertThat(result.outcomes()).extracting(StatementOutcome::rowsAffected).element(3).isEqualTo(4L);
        assertThat(rows("SELECT count(*), sum(amount) FROM engine_test.trips_delta")).containsExactly(List.of(8L, 46.0));
    }

    @Test
    void hudiTableTakesInsertsAndMerges() {
        succeeded(run("model.hudi",
                "DROP TABLE IF EXISTS engine_test.trips_hudi",
                "CREATE TABLE engine_test.trips_hudi USING hudi OPTIONS (primaryKey 'id', preCombineField 'ts', type 'cow')"
                        + " AS SELECT id, CAST(id AS DOUBLE) AS amount, 1L AS ts FROM range(5)",
                "INSERT INTO engine_test.trips_hudi SELECT 5, 5.0D, 1L",
                "MERGE INTO engine_test.trips_hudi AS target USING (SELECT id, 10.0D AS amount, 2L AS ts FROM range(4, 8)) AS source"
                        + " ON target.id = source.id"
                        + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *"));

        assertThat(rows("SELECT count(*), sum(amount) FROM engine_test.trips_hudi")).containsExactly(List.of(8L, 46.0));
    }

    @Test
    void icebergTableInGlueCatalogTakesInsertsAndMerges() {
        succeeded(run("model.iceberg",
                "DROP TABLE IF EXISTS glue_catalog.engine_test.trips_iceberg",
                "CREATE TABLE glue_catalog.engine_test.trips_iceberg USING iceberg PARTITIONED BY (year)"
                        + " TBLPROPERTIES ('format-version'='2')"
                        + " AS SELECT id, CAST(id AS DOUBLE) AS amount, '2016' AS year FROM range(5)",
                "INSERT INTO glue_catalog.engine_test.trips_iceberg SELECT 5, 5.0D, '2016'",
                "MERGE INTO glue_catalog.engine_test.trips_iceberg AS target"
                        + " USING (SELECT id, 10.0D AS amount, '2016' AS year FROM range(4, 8)) AS source"
                        + " ON target.id = source.id"
                        + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *"));

        assertThat(rows("SELECT count(*), sum(amount) FROM glue_catalog.engine_test.trips_iceberg")).containsExactly(List.of(8L, 46.0));
    }

    @Test
    void failingStatementStopsTheNodeWithItsIndexAndErrorClass() {
        NodeResult result = run("model.failing",
                "CREATE OR REPLACE TABLE engine_test.untouched USING delta AS SELECT 1 AS id",
                "INSERT INTO engine_test.untouched SELECT id FROM engine_test.no_such_table",
                "INSERT INTO engine_test.untouched SELECT 2");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.outcomes()).hasSize(1);
        StatementFailure failure = result.failure().orElseThrow();
        assertThat(failure.statementIndex()).isEqualTo(1);
        assertThat(failure.errorClass()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
        assertThat(failure.message())
                .startsWith("[TABLE_OR_VIEW_NOT_FOUND] The table or view `engine_test`.`no_such_table` cannot be found.")
                .doesNotContain("\tat ", "Project", "UnresolvedRelation");
        assertThat(rows("SELECT id FROM engine_test.untouched")).containsExactly(List.of(1L));
    }

    @Test
    void syntaxErrorHasSparksErrorClass() {
        StatementFailure failure = run("model.syntax", "SELEC 1").failure().orElseThrow();

        assertThat(failure.statementIndex()).isZero();
        assertThat(failure.errorClass()).isEqualTo("PARSE_SYNTAX_ERROR");
        assertThat(failure.message()).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.");
    }

    @Test
    void queryWithoutResultStillRunsSoRuntimeErrorsSurface() {
        StatementFailure failure = run("hook", "SELECT 1", "SELECT raise_error('boom')").failure().orElseThrow();

        assertThat(failure.statementIndex()).isEqualTo(1);
        assertThat(failure.errorClass()).as(failure.message()).isEqualTo("RuntimeException");
        assertThat(failure.message()).contains("boom").doesNotContain("\tat ", "Driver stacktrace");
    }

    @Test
    void rowsComeBackAsPlainJavaValues() {
        List<List<Object>> rows = rows("SELECT 1 AS i, CAST(2 AS BIGINT) AS l, 1.5D AS d, CAST(1.5 AS FLOAT) AS f,"
                + " CAST(1.25 AS DECIMAL(5, 2)) AS dec, 'x' AS s, true AS b, DATE'2016-01-02' AS day,"
                + " TIMESTAMP'2016-01-02 03:04:05' AS ts, array(1, 2) AS a, map('k', 1) AS m, named_struct('f', 'v') AS st,"
                + " CAST(NULL AS STRING) AS n");

        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k", 1L);
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("f", "v");
        List<Object> expected = new ArrayList<>(List.of(1L, 2L, 1.5, 1.5, new BigDecimal("1.25"), "x", true,
                LocalDate.of(2016, 1, 2), LocalDateTime.of(2016, 1, 2, 3, 4, 5), List.of(1L, 2L), map, struct));
        expected.add(null);
        assertThat(rows).containsExactly(expected);
    }

    @Test
    void fetchReturnsColumnNamesAndAtMostTheRowLimit() {
        NodeResult result = succeeded(TestSpark.engine().execute(new NodeStatements("test.limit",
                List.of(SqlStatement.fetch("SELECT id AS failures FROM range(10) ORDER BY id", "test", 3)))));

        StatementOutcome outcome = result.outcomes().get(0);
        assertThat(outcome.columns()).containsExactly("failures");
        assertThat(outcome.rows()).containsExactly(List.of(0L), List.of(1L), List.of(2L));
        assertThat(outcome.rowsAffected()).isEqualTo(-1);
    }

    @Test
    void concurrentNodesKeepTheirOwnTemporaryViewsAndSettings() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Object>>>> answers = new ArrayList<>();
            for (int node = 0; node < 8; node++) {
                int value = node;
                answers.add(threads.submit(() -> TestSpark.engine().execute(new NodeStatements("model.n" + value, List.of(
                        SqlStatement.run("SET spark.sql.shuffle.partitions=" + (value + 1), "set"),
                        SqlStatement.run("CREATE OR REPLACE TEMPORARY VIEW node_view AS SELECT " + value + " AS value", "view"),
                        SqlStatement.fetch("SELECT value, '${spark.sql.shuffle.partitions}' FROM node_view", "read", 1))))
                        .outcomes().get(2).rows()));
            }
            for (int node = 0; node < 8; node++) {
                assertThat(answers.get(node).get()).containsExactly(List.of((long) node, String.valueOf(node + 1)));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void describeNamesSparkAndTheWarehouse() {
        assertThat(TestSpark.engine().describe())
                .startsWith("embedded Spark 3.5.9 (local[*], Iceberg as glue_catalog, Delta, Hudi) on ")
                .endsWith(TestSpark.ROOT.toString());
    }
}
