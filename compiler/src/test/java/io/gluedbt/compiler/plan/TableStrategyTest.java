package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.glue;
import static io.gluedbt.compiler.plan.PlanFixture.local;
import static io.gluedbt.compiler.plan.PlanFixture.model;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableStrategyTest {
    private static final String EXPIRE = "-- expire iceberg snapshots\nCALL glue_catalog.system.expire_snapshots(table => 'analytics.orders', "
            + "older_than => TIMESTAMP '2025-01-02 03:04:05.678Z', retain_last => 1)";

    @Test
    void newParquetTableLocalHasNoLocation() {
        assertThat(render(plan(model("materialized", "table"), new FakeCatalog()))).isEqualTo("""
                -- create table
                CREATE TABLE analytics.orders
                USING parquet
                AS
                select id, amount from silver.orders""");
    }

    @Test
    void newTableOnGlueWritesEveryClauseAndTheLocation() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("format-version", "2");
        properties.put("write.target-file-size-bytes", "134217728");
        String planned = render(plan(model("materialized", "table", "file_format", "iceberg", "partition_by", List.of("year", "month"),
                "clustered_by", "id", "buckets", 4, "table_properties", properties), new FakeCatalog(), RunMode.INCREMENTAL, glue()));
        assertThat(planned).isEqualTo("""
                -- create table
                CREATE TABLE glue_catalog.analytics.orders
                USING iceberg
                PARTITIONED BY (year, month)
                CLUSTERED BY (id) INTO 4 BUCKETS
                TBLPROPERTIES ('format-version' = '2', 'write.target-file-size-bytes' = '134217728')
                LOCATION 's3://bucket/data/analytics/orders'
                AS
                select id, amount from silver.orders""");
    }

    @Test
    void partitionByAsOneStringAndCsvFormat() {
        assertThat(render(plan(model("materialized", "table", "file_format", "csv", "partition_by", "day"), new FakeCatalog())))
                .isEqualTo("""
                        -- create table
                        CREATE TABLE analytics.orders
                        USING csv
                        PARTITIONED BY (day)
                        AS
                        select id, amount from silver.orders""");
    }

    @Test
    void existingManagedParquetTableIsBuiltAsideThenRenamed() {
        assertThat(render(plan(model("materialized", "table"), new FakeCatalog().table("analytics", "orders", "parquet")))).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS analytics.orders__dbt_tmp

                -- build temporary table
                CREATE TABLE analytics.orders__dbt_tmp
                USING parquet
                AS
                select id, amount from silver.orders

                -- drop previous relation
                DROP TABLE IF EXISTS analytics.orders

                -- rename temporary table
                ALTER TABLE analytics.orders__dbt_tmp RENAME TO analytics.orders""");
    }

    @Test
    void existingExternalParquetTableIsBuiltAsideThenCopiedToItsOwnPath() {
        String planned = render(plan(model("materialized", "table"), new FakeCatalog().table("analytics", "orders", "parquet"),
                RunMode.INCREMENTAL, glue()));
        assertThat(planned).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS analytics.orders__dbt_tmp

                -- build temporary table
                CREATE TABLE analytics.orders__dbt_tmp
                USING parquet
                LOCATION 's3://bucket/data/analytics/orders__dbt_tmp'
                AS
                select id, amount from silver.orders

                -- drop previous relation
                DROP TABLE IF EXISTS analytics.orders

                -- copy temporary table
                CREATE TABLE analytics.orders
                USING parquet
                LOCATION 's3://bucket/data/analytics/orders'
                AS
                SELECT * FROM analytics.orders__dbt_tmp

                -- drop temporary table
                DROP TABLE IF EXISTS analytics.orders__dbt_tmp""");
    }

    @Test
    void failingSelectRunsBeforeAnythingTouchesTheOldTable() {
        var statements = plan(model("materialized", "table", "file_format", "hudi"), new FakeCatalog().table("analytics", "orders", "hudi"))
                .statements();
        int build = indexOf(statements, "build temporary table");
        int drop = indexOf(statements, "drop previous relation");
        assertThat(statements.get(build).sql()).endsWith("AS\nselect id, amount from silver.orders");
        assertThat(build).isLessThan(drop);
        assertThat(statements.subList(0, build)).allSatisfy(statement -> assertThat(statement.sql()).doesNotContain("analytics.orders\n")
                .isNotEqualTo("DROP TABLE IF EXISTS analytics.orders"));
    }

    @Test
    void existingIcebergTableIsReplacedAtomicallyAndItsSnapshotsExpired() {
        String planned = render(plan(model("materialized", "table", "file_format", "iceberg"), new FakeCatalog().table("analytics", "orders", "iceberg")));
        assertThat(planned).isEqualTo("""
                -- replace table
                CREATE OR REPLACE TABLE glue_catalog.analytics.orders
                USING iceberg
                AS
                select id, amount from silver.orders

                """ + EXPIRE);
    }

    @Test
    void snapshotExpiryCanBeTurnedOffWithDbtGluesStringFlag() {
        String planned = render(plan(model("materialized", "table", "file_format", "iceberg", "iceberg_expire_snapshots", "False"),
                new FakeCatalog().table("analytics", "orders", "iceberg")));
        assertThat(planned).doesNotContain("expire_snapshots").startsWith("-- replace table");
    }

    @Test
    void existingDeltaTableIsReplacedAtomically() {
        String planned = render(plan(model("materialized", "table", "file_format", "delta"), new FakeCatalog().table("analytics", "orders", "delta"),
                RunMode.INCREMENTAL, glue()));
        assertThat(planned).isEqualTo("""
                -- replace table
                CREATE OR REPLACE TABLE analytics.orders
                USING delta
                LOCATION 's3://bucket/data/analytics/orders'
                AS
                select id, amount from silver.orders""");
    }

    @Test
    void icebergOverAParquetTableBuildsAsideDropsThroughTheSessionCatalogAndCopies() {
        String planned = render(plan(model("materialized", "table", "file_format", "iceberg"), new FakeCatalog().table("analytics", "orders", "parquet")));
        assertThat(planned).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS glue_catalog.analytics.orders__dbt_tmp PURGE

                -- build temporary table
                CREATE TABLE glue_catalog.analytics.orders__dbt_tmp
                USING iceberg
                AS
                select id, amount from silver.orders

                -- drop previous relation
                DROP TABLE IF EXISTS analytics.orders

                -- copy temporary table
                CREATE TABLE glue_catalog.analytics.orders
                USING iceberg
                AS
                SELECT * FROM glue_catalog.analytics.orders__dbt_tmp

                -- drop temporary table
                DROP TABLE IF EXISTS glue_catalog.analytics.orders__dbt_tmp PURGE

                """ + EXPIRE);
    }

    @Test
    void parquetOverAnIcebergTableDropsItThroughTheIcebergCatalogWithPurgeWhenConfigured() {
        var statements = plan(model("materialized", "table", "purge_dropped_iceberg_data", "True"),
                new FakeCatalog().table("analytics", "orders", "iceberg")).statements();
        assertThat(statements.get(indexOf(statements, "drop previous relation")).sql())
                .isEqualTo("DROP TABLE IF EXISTS glue_catalog.analytics.orders PURGE");
    }

    @Test
    void unknownExistingFormatIsAssumedToBeTheConfiguredOne() {
        String planned = render(plan(model("materialized", "table", "file_format", "delta"),
                new FakeCatalog().tableOfUnknownFormat("analytics", "orders")));
        assertThat(planned).startsWith("-- replace table\nCREATE OR REPLACE TABLE analytics.orders");
    }

    @Test
    void aViewInTheWayIsDroppedOnlyAfterTheNewDataExists() {
        String planned = render(plan(model("materialized", "table", "file_format", "hudi", "unique_key", List.of("id", "day"),
                "hudi_options", Map.of("hoodie.datasource.write.precombine.field", "updated_at")), new FakeCatalog().view("analytics", "orders")));
        assertThat(planned).isEqualTo("""
                -- drop leftover temporary table
                DROP TABLE IF EXISTS analytics.orders__dbt_tmp

                -- build temporary table
                CREATE TABLE analytics.orders__dbt_tmp
                USING hudi
                OPTIONS ('type' = 'cow', 'primaryKey' = 'id,day', 'preCombineField' = 'updated_at')
                AS
                select id, amount from silver.orders

                -- drop previous relation
                DROP VIEW IF EXISTS analytics.orders

                -- copy temporary table
                CREATE TABLE analytics.orders
                USING hudi
                OPTIONS ('type' = 'cow', 'primaryKey' = 'id,day', 'preCombineField' = 'updated_at')
                AS
                SELECT * FROM analytics.orders__dbt_tmp

                -- drop temporary table
                DROP TABLE IF EXISTS analytics.orders__dbt_tmp""");
    }

    @Test
    void hooksRunFirstAndLastInEveryConfiguredShape() {
        Map<String, Object> mapHook = new LinkedHashMap<>();
        mapHook.put("sql", "analyze table {{ this }} compute statistics");
        mapHook.put("transaction", true);
        PlanContext context = local().withHookRenderer((node, hook) -> hook.replace("{{ this }}", node.schema() + "." + node.alias()));
        String planned = render(plan(model("materialized", "table", "pre-hook", List.of("set spark.sql.shuffle.partitions=4", " "),
                "post-hook", List.of(mapHook), "post_hook", "msck repair table x"), new FakeCatalog(), RunMode.INCREMENTAL, context));
        assertThat(planned).isEqualTo("""
                -- pre-hook 1
                set spark.sql.shuffle.partitions=4

                -- create table
                CREATE TABLE analytics.orders
                USING parquet
                AS
                select id, amount from silver.orders

                -- post-hook 1
                analyze table analytics.orders compute statistics

                -- post-hook 2
                msck repair table x""");
    }

    @Test
    void customLocationWinsAndRootLocationLeavesOutTheSchema() {
        String custom = render(plan(model("materialized", "table", "custom_location", "s3://elsewhere/orders/"), new FakeCatalog(),
                RunMode.INCREMENTAL, glue()));
        assertThat(custom).contains("LOCATION 's3://elsewhere/orders'\n");
        PlanContext root = new PlanContext(Optional.of("s3://bucket/"), LocationLayout.ALIAS_ONLY, Optional.of("glue_catalog"), "parquet",
                SeedReader.fromDirectory(java.nio.file.Path.of(".")), HookRenderer.verbatim(), PlanFixture.CLOCK);
        assertThat(render(plan(model("materialized", "table"), new FakeCatalog(), RunMode.INCREMENTAL, root)))
                .contains("LOCATION 's3://bucket/orders'\n");
    }

    @Test
    void withoutAnIcebergCatalogIcebergTablesUseTwoPartNames() {
        PlanContext context = new PlanContext(Optional.empty(), LocationLayout.SCHEMA_AND_ALIAS, Optional.of(""), "parquet",
                SeedReader.fromDirectory(java.nio.file.Path.of(".")), HookRenderer.verbatim(), PlanFixture.CLOCK);
        String planned = render(plan(model("materialized", "table", "file_format", "iceberg"), new FakeCatalog().table("analytics", "orders", "iceberg"),
                RunMode.INCREMENTAL, context));
        assertThat(planned).contains("CREATE OR REPLACE TABLE analytics.orders\n").contains("CALL system.expire_snapshots(");
    }

    @Test
    void clusteredByWithoutBucketsIsAConfigError() {
        assertThatThrownBy(() -> plan(model("materialized", "table", "clustered_by", "id"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: 'orders' sets clustered_by without buckets: set buckets to the number of buckets")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.CONFIG_INVALID);
    }

    @Test
    void unknownFileFormatIsAConfigError() {
        assertThatThrownBy(() -> plan(model("materialized", "table", "file_format", "excel"), new FakeCatalog()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("models/orders.sql: model 'orders' has unsupported file_format 'excel'");
    }

    static int indexOf(List<io.gluedbt.compiler.engine.SqlStatement> statements, String purpose) {
        for (int index = 0; index < statements.size(); index++) {
            if (statements.get(index).purpose().equals(purpose)) {
                return index;
            }
        }
        throw new AssertionError("no statement '" + purpose + "' in " + statements);
    }
}
