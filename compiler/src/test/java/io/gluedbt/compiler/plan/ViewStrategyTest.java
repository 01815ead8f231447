package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.model;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewStrategyTest {
    @Test
    void newOrExistingViewIsCreatedOrReplaced() {
        String expected = """
                -- create view
                CREATE OR REPLACE VIEW analytics.orders AS
                select id, amount from silver.orders""";
        assertThat(render(plan(model("materialized", "view"), new FakeCatalog()))).isEqualTo(expected);
        assertThat(render(plan(model("materialized", "view"), new FakeCatalog().view("analytics", "orders")))).isEqualTo(expected);
    }

    @Test
    void aTableInTheWayIsDroppedOnlyAfterTheQueryIsChecked() {
        String planned = render(plan(model("materialized", "view", "pre-hook", List.of("select 1")), new FakeCatalog().table("analytics", "orders", "parquet")));
        assertThat(planned).isEqualTo("""
                -- pre-hook 1
                select 1

                -- check view query
                CREATE OR REPLACE TEMPORARY VIEW orders__dbt_tmp AS
                select id, amount from silver.orders

                -- drop previous table
                DROP TABLE IF EXISTS analytics.orders

                -- create view
                CREATE OR REPLACE VIEW analytics.orders AS
                select id, amount from silver.orders

                -- drop temporary view
                DROP VIEW IF EXISTS orders__dbt_tmp""");
    }

    @Test
    void anIcebergTableInTheWayIsDroppedThroughTheIcebergCatalog() {
        String planned = render(plan(model("materialized", "view"), new FakeCatalog().table("analytics", "orders", "iceberg")));
        assertThat(planned).contains("-- drop previous table\nDROP TABLE IF EXISTS glue_catalog.analytics.orders\n");
    }

    @Test
    void icebergViewsAreIcebergTablesAsInDbtGlue() {
        assertThat(render(plan(model("materialized", "view", "file_format", "iceberg"), new FakeCatalog()))).isEqualTo("""
                -- create table
                CREATE TABLE glue_catalog.analytics.orders
                USING iceberg
                AS
                select id, amount from silver.orders""");
    }
}
