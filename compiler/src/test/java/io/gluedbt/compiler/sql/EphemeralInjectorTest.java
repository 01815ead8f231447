package io.gluedbt.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EphemeralInjectorTest {
    private static final Cte BASE = Cte.forEphemeral("model.test.base", "base", "select * from seed");
    private static final Cte EVENTS = Cte.forEphemeral("model.test.events", "events", "select id from raw_events");

    @Test
    void prependsWithWhenTheStatementHasNone() {
        // dbt-core's own test (test_inject_ctes_0): "with __dbt__cte__base as (\n...\n) select * from __dbt__cte__base"
        assertThat(EphemeralInjector.inject("select * from __dbt__cte__base", List.of(BASE)))
                .isEqualTo("with __dbt__cte__base as (\nselect * from seed\n) select * from __dbt__cte__base");
    }

    @Test
    void insertsAfterAnExistingWithAndKeepsTheOriginalCtes() {
        String sql = "with trips as (select * from __dbt__cte__base)\nselect * from trips";
        assertThat(EphemeralInjector.inject(sql, List.of(BASE, EVENTS))).isEqualTo(
                "with __dbt__cte__base as (\nselect * from seed\n),  __dbt__cte__events as (\nselect id from raw_events\n), "
                        + " trips as (select * from __dbt__cte__base)\nselect * from trips");
    }

    @Test
    void withIsMatchedIgnoringCase() {
        assertThat(EphemeralInjector.inject("WITH t AS (select 1) select * from t", List.of(BASE)))
                .isEqualTo("WITH __dbt__cte__base as (\nselect * from seed\n),  t AS (select 1) select * from t");
        assertThat(EphemeralInjector.inject("WiTh t AS (select 1) select * from t", List.of(BASE)))
                .startsWith("WiTh __dbt__cte__base as (");
    }

    @Test
    void commentsAndWhitespaceBeforeWithAreSkipped() {
        String sql = "\n  -- gold layer\n/* header */ with t as (select 1) select * from t";
        assertThat(EphemeralInjector.inject(sql, List.of(BASE))).isEqualTo(
                "\n  -- gold layer\n/* header */ with __dbt__cte__base as (\nselect * from seed\n),  t as (select 1) select * from t");
    }

    @Test
    void newWithGoesBeforeLeadingCommentsWhenTheStatementHasNoWith() {
        assertThat(EphemeralInjector.inject("\n-- note\nselect 1", List.of(BASE)))
                .isEqualTo("\nwith __dbt__cte__base as (\nselect * from seed\n) -- note\nselect 1");
    }

    @Test
    void withInsideASubqueryIsNotTopLevel() {
        String sql = "select * from (with t as (select 1) select * from t) x";
        assertThat(EphemeralInjector.inject(sql, List.of(BASE)))
                .isEqualTo("with __dbt__cte__base as (\nselect * from seed\n) " + sql);
    }

    @Test
    void withInsideStringsOrIdentifiersIsIgnored() {
        String sql = "select 'with x as (' as a, `with` from __dbt__cte__base";
        assertThat(EphemeralInjector.inject(sql, List.of(BASE)))
                .isEqualTo("with __dbt__cte__base as (\nselect * from seed\n) " + sql);
        assertThat(EphemeralInjector.inject("`with` as (select 1)", List.of(BASE))).startsWith("with __dbt__cte__base");
    }

    @Test
    void keepsRecursiveAfterWith() {
        assertThat(EphemeralInjector.inject("with recursive r as (select 1) select * from r", List.of(BASE)))
                .isEqualTo("with recursive __dbt__cte__base as (\nselect * from seed\n),  r as (select 1) select * from r");
    }

    @Test
    void noCtesLeavesTheSqlUnchanged() {
        assertThat(EphemeralInjector.inject("select 1", List.of())).isEqualTo("select 1");
    }

    @Test
    void injectedSqlIsDbtsExtraCteText() {
        assertThat(BASE.injectedSql()).isEqualTo(" __dbt__cte__base as (\nselect * from seed\n)");
    }
}
