/**
 * The planner: one node (model, seed, snapshot, test) to its ordered SQL statements, one typed strategy per
 * materialization, dbt-glue's macros as the behavioural spec (Spark 3.5 SQL; Iceberg, Delta, Hudi).
 * <p>Entry point: {@link io.gluedbt.compiler.plan.Planner#plan}. Target values: {@link io.gluedbt.compiler.plan.PlanContext}.
 * Test results: {@link io.gluedbt.compiler.plan.TestVerdict#from}.
 * <p>Data safety: no statement before the new data exists drops or overwrites the old relation. Delta and
 * Iceberg tables are replaced with {@code CREATE OR REPLACE TABLE}; other rebuilds go through
 * {@code <alias>__dbt_tmp} (see {@code TableBuild}). Temporary views ({@code <alias>__dbt_tmp}) stage
 * incremental rows and snapshot changes and are dropped before the post-hooks.
 */
package io.gluedbt.compiler.plan;
