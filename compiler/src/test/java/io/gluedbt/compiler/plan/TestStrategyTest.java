package io.gluedbt.compiler.plan;

import static io.gluedbt.compiler.plan.PlanFixture.node;
import static io.gluedbt.compiler.plan.PlanFixture.plan;
import static io.gluedbt.compiler.plan.PlanFixture.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestStrategyTest {
    private static Node test(Object... config) {
        return node("test.demo.not_null_orders_id.abc", ResourceType.TEST, "not_null_orders_id", "models/schema.yml", "analytics_dbt_test__audit", config);
    }

    @Test
    void defaultCountsFailingRowsAndReturnsOneRow() {
        var planned = plan(test("severity", "ERROR"), new FakeCatalog());
        assertThat(render(planned)).isEqualTo("""
                -- test [rows 1]
                SELECT
                  count(*) AS failures,
                  count(*) != 0 AS should_warn,
                  count(*) != 0 AS should_error
                FROM (
                select id, amount from silver.orders
                ) dbt_internal_test""");
        assertThat(planned.statements().get(0).resultMode()).isEqualTo(ResultMode.ROWS);
    }

    @Test
    void failCalcThresholdsAndLimit() {
        assertThat(render(plan(test("fail_calc", "sum(amount)", "warn_if", ">10", "error_if", "> 100", "limit", 5), new FakeCatalog()))).isEqualTo("""
                -- test [rows 1]
                SELECT
                  sum(amount) AS failures,
                  sum(amount) >10 AS should_warn,
                  sum(amount) > 100 AS should_error
                FROM (
                select id, amount from silver.orders
                LIMIT 5
                ) dbt_internal_test""");
    }

    @Test
    void storeFailuresKeepsTheFailingRowsInTheAuditSchemaAndCountsThem() {
        assertThat(render(plan(test("store_failures", true), new FakeCatalog().table("analytics_dbt_test__audit", "not_null_orders_id", "parquet"))))
                .isEqualTo("""
                        -- drop leftover temporary table
                        DROP TABLE IF EXISTS analytics_dbt_test__audit.not_null_orders_id__dbt_tmp

                        -- build temporary table
                        CREATE TABLE analytics_dbt_test__audit.not_null_orders_id__dbt_tmp
                        USING parquet
                        AS
                        select id, amount from silver.orders

                        -- drop previous relation
                        DROP TABLE IF EXISTS analytics_dbt_test__audit.not_null_orders_id

                        -- rename temporary table
                        ALTER TABLE analytics_dbt_test__audit.not_null_orders_id__dbt_tmp RENAME TO analytics_dbt_test__audit.not_null_orders_id

                        -- test [rows 1]
                        SELECT
                          count(*) AS failures,
                          count(*) != 0 AS should_warn,
                          count(*) != 0 AS should_error
                        FROM (
                        SELECT * FROM analytics_dbt_test__audit.not_null_orders_id
                        ) dbt_internal_test""");
    }

    @Test
    void storeFailuresAsViewOrEphemeral() {
        assertThat(render(plan(test("store_failures_as", "view"), new FakeCatalog())))
                .startsWith("-- store failures\nCREATE OR REPLACE VIEW analytics_dbt_test__audit.not_null_orders_id AS\nselect id")
                .contains("FROM (\nSELECT * FROM analytics_dbt_test__audit.not_null_orders_id\n) dbt_internal_test");
        assertThat(plan(test("store_failures", true, "store_failures_as", "ephemeral"), new FakeCatalog()).statements()).hasSize(1);
    }

    @Test
    void verdictFollowsDbtsSeverityRules() {
        StatementOutcome failing = outcome(3, true, true);
        assertThat(TestVerdict.from(failing, test("severity", "ERROR"))).isEqualTo(new TestVerdict(TestStatus.FAIL, 3));
        assertThat(TestVerdict.from(failing, test("severity", "warn"))).isEqualTo(new TestVerdict(TestStatus.WARN, 3));
        assertThat(TestVerdict.from(outcome(3, true, false), test())).isEqualTo(new TestVerdict(TestStatus.WARN, 3));
        assertThat(TestVerdict.from(outcome(0, false, false), test())).isEqualTo(new TestVerdict(TestStatus.PASS, 0));
        StatementOutcome asText = new StatementOutcome(-1, List.of("FAILURES", "SHOULD_WARN", "SHOULD_ERROR"), List.of(List.of("7", "true", "false")));
        assertThat(TestVerdict.from(asText, test())).isEqualTo(new TestVerdict(TestStatus.WARN, 7));
    }

    @Test
    void verdictNeedsTheRow() {
        assertThatThrownBy(() -> TestVerdict.from(StatementOutcome.done(0), test()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("test 'not_null_orders_id' returned no rows; expected one row of failures, should_warn, should_error");
        assertThatThrownBy(() -> TestVerdict.from(new StatementOutcome(-1, List.of("failures"), List.of(List.of(1))), test()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("test 'not_null_orders_id' result has no column 'should_warn' (columns: [failures])");
    }

    private static StatementOutcome outcome(long failures, boolean warn, boolean error) {
        return new StatementOutcome(-1, List.of("failures", "should_warn", "should_error"), List.of(List.of(failures, warn, error)));
    }
}
