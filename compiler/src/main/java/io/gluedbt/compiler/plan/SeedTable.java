package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.error.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A seed's columns and rows ready for SQL: types inferred like dbt ({@link SeedType}) unless
 * {@code column_types} says otherwise, partition columns last (where Spark puts them), rows as
 * {@code INSERT ... VALUES} statements of at most {@link #MAX_STATEMENT_CHARS} characters each.
 */
record SeedTable(List<SeedColumn> columns, List<List<String>> rows) {
    static final int MAX_STATEMENT_CHARS = 60_000;

    SeedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }

    static SeedTable of(PlanRequest request) {
        NodeConfig config = request.config();
        String delimiter = config.string("delimiter").orElse(",");
        SeedCsv csv = SeedCsv.parse(request.context().seedReader().read(request.node()), delimiter.isEmpty() ? ',' : delimiter.charAt(0));
        if (csv.header().isEmpty()) {
            throw request.error(ErrorCode.SEED_INVALID, "seed '" + request.node().name() + "' is empty: it needs a header line");
        }
        Map<String, String> columnTypes = config.stringMap("column_types");
        boolean quote = config.isTrue("quote_columns", true);
        List<String> partitions = config.list("partition_by").stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < csv.header().size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparingInt(index -> partitions.contains(csv.header().get(index).toLowerCase(Locale.ROOT)) ? 1 : 0));
        List<SeedColumn> columns = new ArrayList<>();
        for (int index : order) {
            String name = csv.header().get(index);
            String sqlName = quote ? RelationNames.quoted(name) : name;
            String override = columnTypes.get(name);
            if (override != null) {
                columns.add(new SeedColumn(name, sqlName, override, Optional.empty()));
            } else {
                SeedType type = infer(csv.rows(), index);
                columns.add(new SeedColumn(name, sqlName, type.sparkType(), Optional.of(type)));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : csv.rows()) {
            List<String> ordered = new ArrayList<>();
            for (int index : order) {
                ordered.add(index < row.size() ? row.get(index) : null);
            }
            rows.add(java.util.Collections.unmodifiableList(ordered));
        }
        return new SeedTable(columns, rows);
    }

    private static SeedType infer(List<List<String>> rows, int index) {
        for (SeedType type : SeedType.values()) {
            boolean all = true;
            for (List<String> row : rows) {
                String value = index < row.size() ? row.get(index) : null;
                if (!SeedType.isNull(value) && !type.accepts(value)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return type;
            }
        }
        return SeedType.TEXT;
    }

    /** The columns as {@code CREATE TABLE} lists them. */
    List<Column> tableColumns() {
        return columns.stream().map(column -> new Column(column.sqlName(), column.sparkType())).toList();
    }

    /** {@code INSERT INTO <table> VALUES ...} in batches; none for a seed without rows. */
    List<SqlStatement> inserts(String table) {
        return batches("INSERT INTO " + table + " VALUES\n", "insert seed rows");
    }

    /** {@code <prefix>(row),\n(row)...} statements, each under the size limit (a single longer row stands alone). */
    List<SqlStatement> batches(String prefix, String purpose) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder(prefix);
        for (List<String> row : rows) {
            String values = values(row);
            boolean empty = current.length() == prefix.length();
            if (!empty && current.length() + 2 + values.length() > MAX_STATEMENT_CHARS) {
                statements.add(current.toString());
                current = new StringBuilder(prefix);
                empty = true;
            }
            current.append(empty ? "" : ",\n").append(values);
        }
        if (current.length() > prefix.length()) {
            statements.add(current.toString());
        }
        List<SqlStatement> result = new ArrayList<>();
        for (int index = 0; index < statements.size(); index++) {
            result.add(SqlStatement.run(statements.get(index), purpose + " " + (index + 1) + "/" + statements.size()));
        }
        return result;
    }

    private String values(List<String> row) {
        StringBuilder values = new StringBuilder("(");
        for (int index = 0; index < columns.size(); index++) {
            values.append(index == 0 ? "" : ", ").append(columns.get(index).literal(row.get(index)));
        }
        return values.append(')').toString();
    }

    /** Whether the existing table has other columns (names in order, or types) than this seed. */
    boolean differsFrom(List<Column> existing) {
        List<Column> current = SchemaChange.userColumns(existing);
        if (current.size() != columns.size()) {
            return true;
        }
        for (int index = 0; index < columns.size(); index++) {
            if (!current.get(index).getName().equalsIgnoreCase(columns.get(index).name())
                    || !normalType(current.get(index).getDataType()).equals(normalType(columns.get(index).sparkType()))) {
                return true;
            }
        }
        return false;
    }

    private static String normalType(String type) {
        String normal = type.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (normal) {
            case "integer" -> "int";
            case "long" -> "bigint";
            case "short" -> "smallint";
            case "byte" -> "tinyint";
            case "real" -> "float";
            default -> normal.replace("numeric", "decimal").replace("dec(", "decimal(");
        };
    }
}
