package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Column;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of {@code CREATE TABLE} statements: the clauses dbt-glue's {@code glue__create_table_as} writes. */
final class CreateTableSql {
    private CreateTableSql() {}

    /** {@code CREATE TABLE <name> USING ... AS <select>}. */
    static String createAs(TargetTable table, String select) {
        return "CREATE TABLE " + table.name() + "\n" + clauses(table) + "AS\n" + select;
    }

    /** {@code CREATE OR REPLACE TABLE <name> USING ... AS <select>} (Delta and Iceberg: atomic). */
    static String createOrReplaceAs(TargetTable table, String select) {
        return "CREATE OR REPLACE TABLE " + table.name() + "\n" + clauses(table) + "AS\n" + select;
    }

    /** {@code CREATE TABLE <name> (<columns>) USING ...}: an empty table with explicit columns (seeds). */
    static String create(TargetTable table, List<Column> columns) {
        String columnList = columns.stream()
                .map(column -> "  " + column.getName() + " " + column.getDataType())
                .collect(Collectors.joining(",\n"));
        String clauses = clauses(table);
        return "CREATE TABLE " + table.name() + " (\n" + columnList + "\n)\n" + clauses.substring(0, clauses.length() - 1);
    }

    private static String clauses(TargetTable table) {
        StringBuilder sql = new StringBuilder("USING ").append(table.format().sqlName()).append('\n');
        if (!table.options().isEmpty()) {
            sql.append("OPTIONS (").append(pairs(table.options())).append(")\n");
        }
        if (!table.partitionBy().isEmpty()) {
            sql.append("PARTITIONED BY (").append(String.join(", ", table.partitionBy())).append(")\n");
        }
        if (!table.clusteredBy().isEmpty()) {
            sql.append("CLUSTERED BY (").append(String.join(", ", table.clusteredBy())).append(") INTO ")
                    .append(table.buckets().orElseThrow()).append(" BUCKETS\n");
        }
        if (!table.tableProperties().isEmpty()) {
            sql.append("TBLPROPERTIES (").append(pairs(table.tableProperties())).append(")\n");
        }
        table.location().ifPresent(path -> sql.append("LOCATION ").append(RelationNames.literal(path)).append('\n'));
        return sql.toString();
    }

    private static String pairs(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> RelationNames.literal(entry.getKey()) + " = " + RelationNames.literal(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
