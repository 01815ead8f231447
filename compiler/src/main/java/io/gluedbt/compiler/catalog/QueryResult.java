package io.gluedbt.compiler.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code run_query} / {@code statement(fetch_result=True)}: dbt hands templates an agate
 * table; this offers the parts templates use: {@code rows}, {@code columns}, {@code column_names},
 * indexing by row, and {@code columns[i].values()}.
 */
public final class QueryResult extends ArrayList<List<Object>> {
    private final List<String> columnNames;

    public QueryResult(List<String> columnNames, List<List<Object>> rows) {
        super(rows);
        this.columnNames = List.copyOf(columnNames);
    }

    public static QueryResult empty() {
        return new QueryResult(List.of(), List.of());
    }

    public List<List<Object>> getRows() {
        return this;
    }

    public List<String> getColumn_names() {
        return columnNames;
    }

    public List<ResultColumn> getColumns() {
        List<ResultColumn> columns = new ArrayList<>();
        for (int index = 0; index < columnNames.size(); index++) {
            List<Object> values = new ArrayList<>();
            for (List<Object> row : this) {
                values.add(row.get(index));
            }
            columns.add(new ResultColumn(columnNames.get(index), values));
        }
        return columns;
    }

    /** One result column: {@code name} and {@code values()}. */
    public record ResultColumn(String name, List<Object> values) {
        public String getName() {
            return name;
        }
    }
}
