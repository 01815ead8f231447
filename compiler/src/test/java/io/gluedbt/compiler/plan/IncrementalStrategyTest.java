package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.SQL;
import static io.gluedbt.compiler.plan.PlanFixture.glue;
import static io.gluedbt.compiler.plan.PlanFixture.model;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncrementalStrategyTest {
    private static final String STAGE = """
            -- stage new rows
            CREATE OR REPLACE TEMPORARY VIEW orders__dbt_tmp AS
            select id, amount from silver.orders

            """;
    private static final String DROP_STAGE = "-- drop staged rows\nDROP VIEW IF EXISTS orders__dbt_tmp";
    private static final String EXPIRE = "-- expire iceberg snapshots\nCALL glue_catalog.system.expire_snapshots(table => 'analytics.orders', "
            + "older_than => TIMESTAMP '2025-01-02 03:04:05.678Z', retain_last => 1)\n\n";

    private static FakeCatalog existing(String format) {
        return new FakeCatalog().table("analytics", "orders", format, "id", "bigint", "amount", "double");
    }

    @Test
    void firstRunBuildsTheTable() {
        assertThat(render(plan(model("materialized", "incremental", "file_format", "iceberg", "incremental_strategy", "merge", "unique_key", "id"),
                new FakeCatalog(), RunMode.INCREMENTAL, glue()))).isEqualTo("""
                -- create table
                CREATE TABLE glue_catalog.analytics.orders
                USING iceberg
                LOCATION 's3://bucket/data/analytics/orders'
                AS
                select id, amount from silver.orders""");
    }

    @Test
    void fullRefreshRebuildsLikeATableAndTheModelsOwnFullRefreshConfigWins() {
        String refreshed = render(plan(model("materialized", "incremental", "file_format", "delta"), existing("delta"), RunMode.FULL_REFRESH,
                PlanFixture.local()));
        assertThat(refreshed).isEqualTo("""
                -- replace table
                CREATE OR REPLACE TABLE analytics.orders
                USING delta
                AS
                select id, amount from silver.orders""");
        String pinned = render(plan(model("materialized", "incremental", "file_format", "delta", "full_refresh", false), existing("delta"),
                RunMode.FULL_REFRESH, PlanFixture.local()));
        assertThat(pinned).startsWith(STAGE);
        String forced = render(plan(model("materialized", "incremental", "file_format", "delta", "full_refresh", true), existing("delta")));
        assertThat(forced).startsWith("-- replace table");
    }

    @Test
    void aViewInTheWayIsReplacedByATable() {
        assertThat(render(plan(model("materialized", "incremental"), new FakeCatalog().view("analytics", "orders"))))
                .startsWith("-- drop leftover temporary table").contains("-- drop previous relation\nDROP VIEW IF EXISTS analytics.orders");
    }

    @Test
    void appendInsertsTheDestinationColumns() {
        assertThat(render(plan(model("materialized", "incremental", "incremental_strategy", "append"), existing("parquet")))).isEqualTo(STAGE + """
                -- append
                INSERT INTO analytics.orders
                SELECT `id`, `amount` FROM orders__dbt_tmp

                """ + DROP_STAGE);
    }

    @Test
    void insertOverwriteIsTheParquetDefaultAndOverwritesTheWholeUnpartitionedTable() {
        assertThat(render(plan(model("materialized", "incremental"), existing("parquet")))).isEqualTo(STAGE + """
                -- insert overwrite
                INSERT OVERWRITE TABLE analytics.orders
                SELECT `id`, `amount` FROM orders__dbt_tmp

                """ + DROP_STAGE);
    }

    @Test
    void insertOverwriteWithPartitionsOnlyReplacesTouchedPartitions() {
        String planned = render(plan(model("materialized", "incremental", "file_format", "iceberg", "incremental_strategy", "insert_overwrite",
                "partition_by", List.of("year", "month")), existing("iceberg")));
        assertThat(planned).isEqualTo(STAGE + """
                -- dynamic partition overwrite
                SET spark.sql.sources.partitionOverwriteMode=dynamic

                -- insert overwrite
                INSERT OVERWRITE TABLE glue_catalog.analytics.orders
                SELECT `id`, `amount` FROM orders__dbt_tmp

                """ + EXPIRE + DROP_STAGE);
    }

    @Test
    void mergeOnAListKeyWithPredicatesAndTheBlogsConfig() {
        String planned = render(plan(model("materialized", "incremental", "incremental_strategy", "merge", "unique_key", List.of("year", "month", "type"),
                "file_format", "iceberg", "iceberg_expire_snapshots", "False", "incremental_predicates", List.of("DBT_INTERNAL_DEST.year >= 2024")),
                existing("iceberg")));
        assertThat(planned).isEqualTo(STAGE + """
                -- merge
                MERGE INTO glue_catalog.analytics.orders AS DBT_INTERNAL_DEST
                USING orders__dbt_tmp AS DBT_INTERNAL_SOURCE
                ON DBT_INTERNAL_DEST.year >= 2024 AND DBT_INTERNAL_SOURCE.year = DBT_INTERNAL_DEST.year AND DBT_INTERNAL_SOURCE.month = DBT_INTERNAL_DEST.month AND DBT_INTERNAL_SOURCE.type = DBT_INTERNAL_DEST.type
                WHEN MATCHED THEN UPDATE SET *
                WHEN NOT MATCHED THEN INSERT (`id`, `amount`) VALUES (DBT_INTERNAL_SOURCE.`id`, DBT_INTERNAL_SOURCE.`amount`)

                """ + DROP_STAGE);
    }

    @Test
    void mergeWithoutUniqueKeyInsertsEveryRow() {
        String planned = render(plan(model("materialized", "incremental", "incremental_strategy", "merge", "file_format", "delta"), existing("delta")));
        assertThat(planned).contains("\nON FALSE\n");
    }

    @Test
    void mergeUpdateAndExcludeColumns() {
        String update = render(plan(model("materialized", "incremental", "incremental_strategy", "merge", "file_format", "delta", "unique_key", "id",
                "merge_update_columns", List.of("amount")), existing("delta")));
        assertThat(update).contains("WHEN MATCHED THEN UPDATE SET `amount` = DBT_INTERNAL_SOURCE.`amount`\n");
        String exclude = render(plan(model("materialized", "incremental", "incremental_strategy", "merge", "file_format", "delta", "unique_key", "id",
                "merge_exclude_columns", "ID"), existing("delta")));
        assertThat(exclude).contains("WHEN MATCHED THEN UPDATE SET `amount` = DBT_INTERNAL_SOURCE.`amount`\n");
    }

    @Test
    void hudiDefaultsToMergeOnTheUniqueKeyWithoutItsBookkeepingColumns() {
        FakeCatalog catalog = new FakeCatalog().table("analytics", "orders", "hudi", "_hoodie_commit_time", "string", "_hoodie_record_key", "string",
                "id", "bigint", "amount", "double");
        String planned = render(plan(model("materialized", "incremental", "file_format", "hudi", "unique_key", "id"), catalog));
        assertThat(planned).isEqualTo(STAGE + """
                -- merge
                MERGE INTO analytics.orders AS DBT_INTERNAL_DEST
                USING orders__dbt_tmp AS DBT_INTERNAL_SOURCE
                ON DBT_INTERNAL_SOURCE.id = DBT_INTERNAL_DEST.id
                WHEN MATCHED THEN UPDATE SET *
                WHEN NOT MATCHED THEN INSERT (`id`, `amount`) VALUES (DBT_INTERNAL_SOURCE.`id`, DBT_INTERNAL_SOURCE.`amount`)

                """ + DROP_STAGE);
    }

    @Test
    void hudiFirstRunCreatesTheTableWithItsRecordKey() {
        assertThat(render(plan(model("materialized", "incremental", "file_format", "hudi", "unique_key", "id", "partition_by", "day"), new FakeCatalog())))
                .isEqualTo("""
                        -- create table
                        CREATE TABLE analytics.orders
                        USING hudi
                        OPTIONS ('type' = 'cow', 'primaryKey' = 'id')
                        PARTITIONED BY (day)
                        AS
                        select id, amount from silver.orders""");
    }

    @Test
    void unknownDestinationColumnsFallBackToStar() {
        String planned = render(plan(model("materialized", "incremental", "incremental_strategy", "merge", "file_format", "delta", "unique_key", "id"),
                new FakeCatalog().table("analytics", "orders", "delta")));
        assertThat(planned).contains("WHEN NOT MATCHED THEN INSERT *\n");
    }

    @Test
    void appendNewColumnsAltersTheTableBeforeWriting() {
        FakeCatalog catalog = existing("parquet").describes(SQL, "id", "bigint", "amount", "double", "note", "string");
        String planned = render(plan(model("materialized", "incremental", "incremental_strategy", "append", "on_schema_change", "append_new_columns"),
                catalog));
        assertThat(planned).isEqualTo(STAGE + """
                -- add new columns
                ALTER TABLE analytics.orders ADD COLUMNS (`note` string)

                -- append
                INSERT INTO analytics.orders
                SELECT `id`, `amount`, `note` FROM orders__dbt_tmp

                """ + DROP_STAGE);
    }

    @Test
    void syncAllColumnsAddsAndDropsOnIceberg() {
        FakeCatalog catalog = existing("iceberg").describes(SQL, "ID", "bigint", "note", "string");
        String planned = render(plan(model("materialized", "incremental", "file_format", "iceberg", "incremental_strategy", "append",
                "on_schema_change", "sync_all_columns", "iceberg_expire_snapshots", false), catalog));
        assertThat(planned).isEqualTo(STAGE + """
                -- add new columns
                ALTER TABLE glue_catalog.analytics.orders ADD COLUMNS (`note` string)

                -- drop removed columns
                ALTER TABLE glue_catalog.analytics.orders DROP COLUMNS (`amount`)

                -- append
                INSERT INTO glue_catalog.analytics.orders
                SELECT `id`, `note` FROM orders__dbt_tmp

                """ + DROP_STAGE);
    }

    @Test
    void syncAllColumnsCannotDropFromDelta() {
        FakeCatalog catalog = existing("delta").describes(SQL, "id", "bigint");
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "file_format", "delta", "on_schema_change", "sync_all_columns"), catalog))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders': on_schema_change 'sync_all_columns' would drop column(s) [amount], which file_format "
                        + "'delta' cannot drop; run with --full-refresh or use append_new_columns");
    }

    @Test
    void failNamesTheAddedAndRemovedColumns() {
        FakeCatalog catalog = existing("parquet").describes(SQL, "id", "bigint", "total", "double");
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "on_schema_change", "fail"), catalog))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: the source and target schemas of incremental model 'orders' are out of sync (on_schema_change: fail): "
                        + "source columns not in target: [total]; target columns not in source: [amount]. Set on_schema_change to "
                        + "append_new_columns or sync_all_columns, or run with --full-refresh")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.COMPILER_ERROR);
    }

    @Test
    void failPassesWhenColumnsMatchAndIgnoreNeverDescribes() {
        FakeCatalog same = existing("parquet").describes(SQL, "ID", "bigint", "Amount", "double");
        assertThat(render(plan(model("materialized", "incremental", "on_schema_change", "fail"), same))).contains("-- insert overwrite");
        FakeCatalog ignored = existing("parquet");
        plan(model("materialized", "incremental"), ignored);
        assertThat(ignored.describedQueries()).isEmpty();
    }

    @Test
    void anUndescribableQuerySkipsSchemaChanges() {
        String planned = render(plan(model("materialized", "incremental", "on_schema_change", "fail"), existing("parquet")));
        assertThat(planned).contains("SELECT `id`, `amount` FROM orders__dbt_tmp");
    }

    @Test
    void unknownOnSchemaChangeIsAConfigError() {
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "on_schema_change", "merge"), existing("parquet")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' has unknown on_schema_change 'merge'; use one of ignore, fail, append_new_columns, sync_all_columns");
    }

    @Test
    void mergeOnParquetIsRejectedEvenOnTheFirstRun() {
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "incremental_strategy", "merge"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' uses incremental_strategy 'merge' with file_format 'parquet': merge needs file_format "
                        + "'iceberg', 'delta' or 'hudi' (or use 'append' / 'insert_overwrite')")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.INCREMENTAL_STRATEGY_INVALID);
    }

    @Test
    void unknownStrategySuggestsTheClosest() {
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "incremental_strategy", "apend"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessageStartingWith("models/orders.sql: model 'orders' has unknown incremental_strategy 'apend'")
                .hasMessageContaining("'append'")
                .hasMessageEndingWith("; use one of append, insert_overwrite, merge")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.INCREMENTAL_STRATEGY_INVALID);
    }

    @Test
    void hudiNeedsAUniqueKey() {
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "file_format", "hudi"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' is an incremental hudi model and needs a unique_key (the Hudi record key)");
    }

    @Test
    void aFormatChangeWithoutFullRefreshIsAnError() {
        assertThatThrownBy(() -> plan(model("materialized", "incremental", "file_format", "iceberg"), existing("parquet")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' exists as a parquet table but its file_format is 'iceberg': run it with --full-refresh to rebuild it");
    }

    @Test
    void hooksWrapTheIncrementalStatements() {
        var statements = plan(model("materialized", "incremental", "pre-hook", "select 'pre'", "post-hook", List.of("select 'post'")), existing("parquet"))
                .statements();
        assertThat(statements.get(0).purpose()).isEqualTo("pre-hook 1");
        assertThat(statements.get(statements.size() - 1).purpose()).isEqualTo("post-hook 1");
        assertThat(statements.get(statements.size() - 2).purpose()).isEqualTo("drop staged rows");
    }
}
