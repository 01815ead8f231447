package io.gluedbt.compiler.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every materialization × file format × first run / incremental run / full refresh, asserting table
 * contents. Source rows come from {@link ConformanceProject#SOURCE_ROWS}: batch 1 has ids 1-3 (id 2 named
 * 'two'); batch 2 adds id 4 and renames id 2 to 'TWO'.
 */
public abstract class EngineConformanceTests extends EngineConformanceSuite {
    private static final String BATCH_1 = "[1|one, 2|two, 3|three]";
    private static final String BATCH_2 = "[1|one, 2|TWO, 3|three, 4|four]";

    /** How a model of this format is addressed in SQL (Iceberg tables live in the Iceberg catalog). */
    protected String table(String schema, String name, String format) {
        return ("iceberg".equals(format) ? "glue_catalog." : "") + schema + "." + name;
    }

    private String idsAndNames(ConformanceProject project, String name, String format) {
        return rows("select id, name from " + table(project.schema(), name, format)).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"parquet", "csv", "delta", "hudi", "iceberg"})
    void tableIsRebuiltWithTheNewRows(String format) {
        ConformanceProject project = project("conf_table_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_table.sql", "{{ config(materialized='table', file_format='" + format + "') }}\nselect * from {{ ref('source_rows') }}"));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_table", format)).isEqualTo(BATCH_1);
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_table", format)).isEqualTo(BATCH_2);
    }

    @Test
    void viewAndEphemeral() {
        ConformanceProject project = project("conf_view", Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_ephemeral.sql", "{{ config(materialized='ephemeral') }}\nselect id, upper(name) as name from {{ ref('source_rows') }}",
                "models/rows_view.sql", "{{ config(materialized='view') }}\nselect * from {{ ref('rows_ephemeral') }} where id < 3"));
        RunResults results = run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL);
        assertAllSucceeded(results);
        assertThat(statuses(results)).doesNotContainKey("rows_ephemeral");
        assertThat(rows("select id, name from " + project.schema() + ".rows_view").toString()).isEqualTo("[1|ONE, 2|TWO]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parquet", "delta", "iceberg"})
    void appendAddsOnlyNewRowsAndFullRefreshRebuilds(String format) {
        ConformanceProject project = project("conf_append_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_append.sql", "{{ config(materialized='incremental', incremental_strategy='append', file_format='" + format + "') }}\n"
                        + "select * from {{ ref('source_rows') }}\n{% if is_incremental() %}where id > (select max(id) from {{ this }}){% endif %}"));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_append", format)).isEqualTo(BATCH_1);
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_append", format)).as("append keeps old rows, adds id 4").isEqualTo("[1|one, 2|two, 3|three, 4|four]");
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.FULL_REFRESH));
        assertThat(idsAndNames(project, "rows_append", format)).isEqualTo(BATCH_2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parquet", "delta", "iceberg"})
    void insertOverwriteReplacesOnlyTheWrittenPartitions(String format) {
        ConformanceProject project = project("conf_overwrite_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_overwrite.sql", "{{ config(materialized='incremental', incremental_strategy='insert_overwrite', partition_by=['part'], file_format='"
                        + format + "') }}\nselect id, name, amount, part from {{ ref('source_rows') }}\n{% if is_incremental() %}where part = 'p2'{% endif %}"));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_overwrite", format)).isEqualTo(BATCH_1);
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_overwrite", format)).as("p1 untouched (id 2 keeps 'two'), p2 rewritten with id 4")
                .isEqualTo("[1|one, 2|two, 3|three, 4|four]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"delta", "hudi", "iceberg"})
    void mergeUpdatesInsteadOfDuplicating(String format) {
        ConformanceProject project = project("conf_merge_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_merge.sql", "{{ config(materialized='incremental', incremental_strategy='merge', unique_key='id', file_format='" + format
                        + "') }}\nselect id, name, amount, part from {{ ref('source_rows') }}"));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_merge", format)).as("a rerun merges, no duplicates").isEqualTo(BATCH_1);
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL));
        assertThat(idsAndNames(project, "rows_merge", format)).isEqualTo(BATCH_2);
    }

    @Test
    void aFailingModelSkipsExactlyItsDescendants() {
        ConformanceProject project = project("conf_failure", Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/broken.sql", "{{ config(materialized='table') }}\nselect no_such_column from {{ ref('source_rows') }}",
                "models/after_broken.sql", "{{ config(materialized='table') }}\nselect * from {{ ref('broken') }}",
                "models/independent.sql", "{{ config(materialized='table') }}\nselect count(*) as n from {{ ref('source_rows') }}"));
        RunResults results = run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL);
        assertThat(statuses(results)).containsExactlyInAnyOrderEntriesOf(Map.of("source_rows", RunStatus.SUCCESS, "broken", RunStatus.ERROR,
                "after_broken", RunStatus.SKIPPED, "independent", RunStatus.SUCCESS));
        assertThat(results.exitCode()).isEqualTo(1);
        assertThat(rows("select n from " + project.schema() + ".independent").toString()).isEqualTo("[3]");
    }

    @Test
    void seedLoadsTheCsvAndTestsCountFailures() {
        ConformanceProject project = project("conf_seed", Map.of(
                "seeds/colors.csv", "id,color\n1,red\n2,green\n3,\n",
                "seeds/schema.yml", "version: 2\nseeds:\n  - name: colors\n    columns:\n      - name: id\n        tests: [unique, not_null]\n"
                        + "      - name: color\n        tests:\n          - not_null\n"));
        RunResults results = run(project, RunCommand.BUILD, null, 1, RunMode.INCREMENTAL);
        assertThat(statuses(results).get("colors")).isEqualTo(RunStatus.SUCCESS);
        assertThat(rows("select id, color from " + project.schema() + ".colors").toString()).isEqualTo("[1|red, 2|green, 3|null]");
        assertThat(results.results()).filteredOn(result -> result.uniqueId().contains("not_null_colors_color"))
                .singleElement().satisfies(result -> {
                    assertThat(result.status()).isEqualTo(RunStatus.FAIL);
                    assertThat(result.failures()).isEqualTo(1);
                });
        assertThat(results.results()).filteredOn(result -> result.uniqueId().contains("unique_colors_id"))
                .singleElement().satisfies(result -> assertThat(result.status()).isEqualTo(RunStatus.PASS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"delta", "iceberg"})
    void snapshotKeepsHistoryOfChangedRows(String format) {
        ConformanceProject project = project("conf_snapshot_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "snapshots/rows_snapshot.sql", "{% snapshot rows_snapshot %}\n{{ config(unique_key='id', strategy='check', check_cols=['name'], file_format='"
                        + format + "') }}\nselect id, name from {{ ref('source_rows') }}\n{% endsnapshot %}\n"));
        assertAllSucceeded(run(project, RunCommand.BUILD, null, 1, RunMode.INCREMENTAL));
        String table = table(project.schema(), "rows_snapshot", format);
        assertThat(rows("select id, name from " + table + " where dbt_valid_to is null").toString()).isEqualTo(BATCH_1);
        assertAllSucceeded(run(project, RunCommand.BUILD, null, 2, RunMode.INCREMENTAL));
        assertThat(rows("select id, name from " + table + " where dbt_valid_to is null").toString()).isEqualTo(BATCH_2);
        assertThat(rows("select id, name from " + table + " where dbt_valid_to is not null").toString()).as("the old version of id 2 is closed")
                .isEqualTo("[2|two]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"parquet", "delta", "hudi", "iceberg"})
    void aFailedRebuildLeavesThePreviousTableIntact(String format) {
        ConformanceProject project = project("conf_safety_" + format, Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_safe.sql", "{{ config(materialized='table', file_format='" + format + "') }}\n"
                        + "select id, name{% if var('batch', 1) == 2 %}, 1 / no_such_column as broken{% endif %} from {{ ref('source_rows') }}"));
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        RunResults failed = run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL);
        assertThat(statuses(failed)).containsEntry("rows_safe", RunStatus.ERROR);
        assertThat(idsAndNames(project, "rows_safe", format)).as("the previous table is still there, unchanged").isEqualTo(BATCH_1);
    }

    @Test
    void hooksRunAroundTheModelAndTestsStoreFailuresAndWarn() {
        ConformanceProject project = project("conf_hooks", Map.of(
                "models/source_rows.sql", ConformanceProject.SOURCE_ROWS,
                "models/rows_hooked.sql", "{{ config(materialized='table', pre_hook=\"create table if not exists {{ this.schema }}.hook_log (event string)\", "
                        + "post_hook=[\"insert into {{ this.schema }}.hook_log values ('built {{ this.identifier }}')\"]) }}\n"
                        + "select id, name from {{ ref('source_rows') }}",
                "models/schema.yml", "version: 2\nmodels:\n  - name: rows_hooked\n    columns:\n      - name: id\n        tests:\n"
                        + "          - accepted_values:\n              values: [1, 2]\n              quote: false\n              config:\n"
                        + "                store_failures: true\n          - accepted_values:\n              name: ids_warn\n"
                        + "              values: [1]\n              quote: false\n              config:\n                severity: warn\n"));
        RunResults results = run(project, RunCommand.BUILD, null, 1, RunMode.INCREMENTAL);
        assertThat(rows("select event from " + project.schema() + ".hook_log").toString()).isEqualTo("[built rows_hooked]");
        assertThat(results.results()).filteredOn(result -> result.uniqueId().contains("accepted_values_rows_hooked_id"))
                .singleElement().satisfies(result -> {
                    assertThat(result.status()).isEqualTo(RunStatus.FAIL);
                    assertThat(result.failures()).isEqualTo(1);
                });
        assertThat(results.results()).filteredOn(result -> result.uniqueId().startsWith("test.conformance.ids_warn."))
                .singleElement().satisfies(result -> assertThat(result.status()).isEqualTo(RunStatus.WARN));
        assertThat(results.exitCode()).isEqualTo(1);
        assertThat(rows("select value_field from " + project.schema() + "_dbt_test__audit.accepted_values_rows_hooked_id__False__1__2").toString())
                .as("store_failures keeps the failing rows").isEqualTo("[3]");
    }
}
