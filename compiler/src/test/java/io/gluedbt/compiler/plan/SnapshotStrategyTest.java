package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.SQL;
import static io.gluedbt.compiler.plan.PlanFixture.node;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotStrategyTest {
    private static Node snapshot(Object... config) {
        return node("snapshot.demo.orders_snapshot", ResourceType.SNAPSHOT, "orders_snapshot", "snapshots/orders.sql", "snapshots", config);
    }

    private static FakeCatalog existing(String format) {
        return new FakeCatalog().table("snapshots", "orders_snapshot", format, "id", "bigint", "amount", "double", "dbt_scd_id", "string",
                "dbt_updated_at", "timestamp", "dbt_valid_from", "timestamp", "dbt_valid_to", "timestamp");
    }

    @Test
    void firstTimestampRunCreatesTheSnapshotTable() {
        assertThat(render(plan(snapshot("file_format", "iceberg", "strategy", "timestamp", "unique_key", "id", "updated_at", "updated_at"),
                new FakeCatalog()))).isEqualTo("""
                -- create snapshot table
                CREATE TABLE glue_catalog.snapshots.orders_snapshot
                USING iceberg
                AS
                SELECT *,
                  md5(coalesce(cast(id AS STRING), '') || '|' || coalesce(cast(updated_at AS STRING), '')) AS dbt_scd_id,
                  updated_at AS dbt_updated_at,
                  updated_at AS dbt_valid_from,
                  CAST(NULL AS TIMESTAMP) AS dbt_valid_to
                FROM (
                select id, amount from silver.orders
                ) sbq""");
    }

    @Test
    void hudiSnapshotTablesAreKeyedOnTheScdId() {
        assertThat(render(plan(snapshot("file_format", "hudi", "strategy", "check", "unique_key", "id", "check_cols", List.of("amount")),
                new FakeCatalog()))).contains("USING hudi\nOPTIONS ('type' = 'cow', 'primaryKey' = 'dbt_scd_id')\nAS\n");
    }

    @Test
    void laterCheckRunsStageChangesAndMerge() {
        String planned = render(plan(snapshot("file_format", "delta", "strategy", "check", "unique_key", "id", "check_cols", List.of("amount")),
                existing("delta")));
        assertThat(planned).isEqualTo("""
                -- stage snapshot changes
                CREATE OR REPLACE TEMPORARY VIEW orders_snapshot__dbt_tmp AS
                WITH snapshot_query AS (
                select id, amount from silver.orders
                ),
                snapshotted_data AS (
                  SELECT *, id AS dbt_unique_key
                  FROM snapshots.orders_snapshot
                  WHERE dbt_valid_to IS NULL
                ),
                insertions_source_data AS (
                  SELECT *, id AS dbt_unique_key,
                    current_timestamp() AS dbt_updated_at,
                    current_timestamp() AS dbt_valid_from,
                    CAST(NULL AS TIMESTAMP) AS dbt_valid_to,
                    md5(coalesce(cast(id AS STRING), '') || '|' || coalesce(cast(current_timestamp() AS STRING), '')) AS dbt_scd_id
                  FROM snapshot_query
                ),
                updates_source_data AS (
                  SELECT *, id AS dbt_unique_key,
                    current_timestamp() AS dbt_updated_at,
                    current_timestamp() AS dbt_valid_from,
                    current_timestamp() AS dbt_valid_to
                  FROM snapshot_query
                ),
                insertions AS (
                  SELECT 'insert' AS dbt_change_type, source_data.*
                  FROM insertions_source_data AS source_data
                  LEFT OUTER JOIN snapshotted_data ON snapshotted_data.dbt_unique_key = source_data.dbt_unique_key
                  WHERE snapshotted_data.dbt_unique_key IS NULL
                     OR (NOT (snapshotted_data.amount <=> source_data.amount))
                ),
                updates AS (
                  SELECT 'update' AS dbt_change_type, source_data.*, snapshotted_data.dbt_scd_id
                  FROM updates_source_data AS source_data
                  JOIN snapshotted_data ON snapshotted_data.dbt_unique_key = source_data.dbt_unique_key
                  WHERE (NOT (snapshotted_data.amount <=> source_data.amount))
                )
                SELECT * FROM insertions
                UNION ALL
                SELECT * FROM updates

                -- merge snapshot
                MERGE INTO snapshots.orders_snapshot AS DBT_INTERNAL_DEST
                USING orders_snapshot__dbt_tmp AS DBT_INTERNAL_SOURCE
                ON DBT_INTERNAL_SOURCE.dbt_scd_id = DBT_INTERNAL_DEST.dbt_scd_id
                WHEN MATCHED AND DBT_INTERNAL_DEST.dbt_valid_to IS NULL AND DBT_INTERNAL_SOURCE.dbt_change_type IN ('update', 'delete')
                  THEN UPDATE SET dbt_valid_to = DBT_INTERNAL_SOURCE.dbt_valid_to
                WHEN NOT MATCHED AND DBT_INTERNAL_SOURCE.dbt_change_type = 'insert'
                  THEN INSERT (`id`, `amount`, `dbt_scd_id`, `dbt_updated_at`, `dbt_valid_from`, `dbt_valid_to`) VALUES (DBT_INTERNAL_SOURCE.`id`, DBT_INTERNAL_SOURCE.`amount`, DBT_INTERNAL_SOURCE.`dbt_scd_id`, DBT_INTERNAL_SOURCE.`dbt_updated_at`, DBT_INTERNAL_SOURCE.`dbt_valid_from`, DBT_INTERNAL_SOURCE.`dbt_valid_to`)

                -- drop staged changes
                DROP VIEW IF EXISTS orders_snapshot__dbt_tmp""");
    }

    @Test
    void hardDeletesAreInvalidatedAndNewSourceColumnsAdded() {
        FakeCatalog catalog = existing("iceberg").describes(SQL, "id", "bigint", "amount", "double", "status", "string");
        String planned = render(plan(snapshot("file_format", "iceberg", "strategy", "timestamp", "unique_key", List.of("id", "day"),
                "updated_at", "updated_at", "hard_deletes", "invalidate", "iceberg_expire_snapshots", "False"), catalog));
        assertThat(planned)
                .contains("snapshotted_data AS (\n  SELECT *, id AS dbt_unique_key_1, day AS dbt_unique_key_2\n  FROM glue_catalog.snapshots.orders_snapshot\n")
                .contains("LEFT OUTER JOIN snapshotted_data ON snapshotted_data.dbt_unique_key_1 = source_data.dbt_unique_key_1 AND "
                        + "snapshotted_data.dbt_unique_key_2 = source_data.dbt_unique_key_2\n")
                .contains("md5(coalesce(cast(id AS STRING), '') || '|' || coalesce(cast(day AS STRING), '') || '|' || coalesce(cast(updated_at AS STRING), ''))")
                .contains("OR (snapshotted_data.dbt_valid_from < source_data.dbt_updated_at)")
                .contains("  LEFT JOIN deletes_source_data AS source_data ON snapshotted_data.dbt_unique_key_1 = source_data.dbt_unique_key_1")
                .contains("UNION ALL\nSELECT * FROM deletes\n")
                .contains("-- add new columns\nALTER TABLE glue_catalog.snapshots.orders_snapshot ADD COLUMNS (`status` string)\n")
                .contains("THEN INSERT (`id`, `amount`, `dbt_scd_id`, `dbt_updated_at`, `dbt_valid_from`, `dbt_valid_to`, `status`) VALUES");
    }

    @Test
    void checkAllUsesTheDescribedColumns() {
        FakeCatalog catalog = existing("delta").describes(SQL, "id", "bigint", "amount", "double");
        assertThat(render(plan(snapshot("file_format", "delta", "strategy", "check", "unique_key", "id", "check_cols", "all"), catalog)))
                .contains("WHERE (NOT (snapshotted_data.`id` <=> source_data.`id`) OR NOT (snapshotted_data.`amount` <=> source_data.`amount`))");
        assertThatThrownBy(() -> plan(snapshot("file_format", "delta", "strategy", "check", "unique_key", "id", "check_cols", "all"), existing("delta")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("snapshots/orders.sql: snapshot 'orders_snapshot' uses check_cols 'all', and the engine could not describe the snapshot query's columns");
    }

    @Test
    void parquetSnapshotsAreRejectedAsInDbtGlue() {
        assertThatThrownBy(() -> plan(snapshot("strategy", "timestamp", "unique_key", "id", "updated_at", "u"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("snapshots/orders.sql: snapshot 'orders_snapshot' needs file_format 'delta', 'iceberg' or 'hudi' (snapshots merge), not 'parquet'")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
    }

    @Test
    void unsupportedHardDeletesModeAndWrongExistingRelationAreErrors() {
        assertThatThrownBy(() -> plan(snapshot("file_format", "delta", "strategy", "timestamp", "unique_key", "id", "updated_at", "u",
                "hard_deletes", "new_record"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("snapshots/orders.sql: snapshot 'orders_snapshot': hard_deletes 'new_record' is not supported; use 'ignore' or 'invalidate'");
        assertThatThrownBy(() -> plan(snapshot("file_format", "delta", "strategy", "timestamp", "unique_key", "id", "updated_at", "u"),
                existing("parquet")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("snapshots/orders.sql: snapshot 'orders_snapshot': the existing table snapshots.orders_snapshot is parquet, not delta");
        assertThatThrownBy(() -> plan(snapshot("file_format", "delta", "strategy", "timestamp", "unique_key", "id", "updated_at", "u"),
                new FakeCatalog().view("snapshots", "orders_snapshot")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("snapshots/orders.sql: snapshot 'orders_snapshot': snapshots.orders_snapshot is a view, not a table");
    }
}
