package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SELECTs of dbt's snapshot strategies (dbt-core's {@code build_snapshot_table} and
 * {@code snapshot_staging_table}) in Spark SQL. {@code timestamp}: a row changed when its {@code updated_at} is
 * newer than the current version's {@code dbt_valid_from}. {@code check}: when any {@code check_cols} column
 * (or every column, {@code 'all'}) differs, null-safely. {@code dbt_scd_id} = md5 of the unique key and the
 * change time.
 */
final class SnapshotSql {
    private final PlanRequest request;
    private final List<String> keys;
    private final String updatedAt;
    private final String rowChanged;

    SnapshotSql(PlanRequest request) {
        this.request = request;
        NodeConfig config = request.config();
        this.keys = config.list("unique_key");
        String strategy = config.string("strategy").orElse("");
        if (strategy.equals("timestamp")) {
            String column = config.string("updated_at").orElseThrow(() -> invalid("strategy 'timestamp' needs config updated_at"));
            this.updatedAt = column;
            this.rowChanged = "snapshotted_data.dbt_valid_from < source_data.dbt_updated_at";
        } else if (strategy.equals("check")) {
            this.updatedAt = config.string("updated_at").orElse("current_timestamp()");
            this.rowChanged = checkColumns(config).stream().map(column -> "NOT (snapshotted_data." + column + " <=> source_data." + column + ")")
                    .collect(Collectors.joining(" OR "));
        } else {
            throw invalid("has unknown strategy '" + strategy + "'; use 'timestamp' or 'check'");
        }
        if (keys.isEmpty()) {
            throw invalid("needs config unique_key");
        }
    }

    private List<String> checkColumns(NodeConfig config) {
        List<String> columns = config.list("check_cols");
        if (columns.size() == 1 && columns.get(0).equalsIgnoreCase("all")) {
            List<Column> described = request.catalog().describeQuery(request.compiledSql());
            if (described.isEmpty()) {
                throw invalid("uses check_cols 'all', and the engine could not describe the snapshot query's columns");
            }
            return described.stream().map(column -> RelationNames.quoted(column.getName())).toList();
        }
        if (columns.isEmpty()) {
            throw invalid("strategy 'check' needs config check_cols");
        }
        return columns;
    }

    /** The first build: every source row, current. */
    String initialSelect() {
        return "SELECT *,\n"
                + "  " + scdId(updatedAt) + " AS dbt_scd_id,\n"
                + "  " + updatedAt + " AS dbt_updated_at,\n"
                + "  " + updatedAt + " AS dbt_valid_from,\n"
                + "  CAST(NULL AS TIMESTAMP) AS dbt_valid_to\n"
                + "FROM (\n" + request.compiledSql() + "\n) sbq";
    }

    /** The staged changes: {@code insert} rows (new or changed), {@code update} rows (close the current version), {@code delete} rows. */
    String stagingSelect(String targetName, boolean invalidateHardDeletes) {
        List<String> ctes = new ArrayList<>();
        ctes.add("snapshot_query AS (\n" + request.compiledSql() + "\n)");
        ctes.add("snapshotted_data AS (\n  SELECT *, " + keyColumns() + "\n  FROM " + targetName + "\n  WHERE dbt_valid_to IS NULL\n)");
        ctes.add("insertions_source_data AS (\n  SELECT *, " + keyColumns() + ",\n"
                + "    " + updatedAt + " AS dbt_updated_at,\n"
                + "    " + updatedAt + " AS dbt_valid_from,\n"
                + "    CAST(NULL AS TIMESTAMP) AS dbt_valid_to,\n"
                + "    " + scdId(updatedAt) + " AS dbt_scd_id\n  FROM snapshot_query\n)");
        ctes.add("updates_source_data AS (\n  SELECT *, " + keyColumns() + ",\n"
                + "    " + updatedAt + " AS dbt_updated_at,\n"
                + "    " + updatedAt + " AS dbt_valid_from,\n"
                + "    " + updatedAt + " AS dbt_valid_to\n  FROM snapshot_query\n)");
        String join = keyJoin();
        ctes.add("insertions AS (\n  SELECT 'insert' AS dbt_change_type, source_data.*\n  FROM insertions_source_data AS source_data\n"
                + "  LEFT OUTER JOIN snapshotted_data ON " + join + "\n"
                + "  WHERE snapshotted_data." + keyAlias(0) + " IS NULL\n     OR (" + rowChanged + ")\n)");
        ctes.add("updates AS (\n  SELECT 'update' AS dbt_change_type, source_data.*, snapshotted_data.dbt_scd_id\n"
                + "  FROM updates_source_data AS source_data\n  JOIN snapshotted_data ON " + join + "\n  WHERE (" + rowChanged + ")\n)");
        String union = "SELECT * FROM insertions\nUNION ALL\nSELECT * FROM updates";
        if (invalidateHardDeletes) {
            ctes.add("deletes_source_data AS (\n  SELECT *, " + keyColumns() + "\n  FROM snapshot_query\n)");
            ctes.add("deletes AS (\n  SELECT 'delete' AS dbt_change_type, source_data.*,\n"
                    + "    current_timestamp() AS dbt_updated_at,\n    current_timestamp() AS dbt_valid_from,\n"
                    + "    current_timestamp() AS dbt_valid_to,\n    snapshotted_data.dbt_scd_id\n"
                    + "  FROM snapshotted_data\n  LEFT JOIN deletes_source_data AS source_data ON " + join + "\n"
                    + "  WHERE source_data." + keyAlias(0) + " IS NULL\n)");
            union += "\nUNION ALL\nSELECT * FROM deletes";
        }
        return "WITH " + String.join(",\n", ctes) + "\n" + union;
    }

    private String scdId(String changeTime) {
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            parts.add("coalesce(cast(" + key + " AS STRING), '')");
        }
        parts.add("coalesce(cast(" + changeTime + " AS STRING), '')");
        return "md5(" + String.join(" || '|' || ", parts) + ")";
    }

    private String keyColumns() {
        List<String> columns = new ArrayList<>();
        for (int index = 0; index < keys.size(); index++) {
            columns.add(keys.get(index) + " AS " + keyAlias(index));
        }
        return String.join(", ", columns);
    }

    private String keyAlias(int index) {
        return keys.size() == 1 ? "dbt_unique_key" : "dbt_unique_key_" + (index + 1);
    }

    private String keyJoin() {
        List<String> conditions = new ArrayList<>();
        for (int index = 0; index < keys.size(); index++) {
            conditions.add("snapshotted_data." + keyAlias(index) + " = source_data." + keyAlias(index));
        }
        return String.join(" AND ", conditions);
    }

    private io.gluedbt.compiler.error.GluedbtException invalid(String problem) {
        return request.error(ErrorCode.SNAPSHOT_INVALID, "snapshot '" + request.node().name() + "' " + problem);
    }
}
