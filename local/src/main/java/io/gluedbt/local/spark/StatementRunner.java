package io.gluedbt.local.spark;

import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.CommandResult;

/**
 * Runs one statement on a session. Commands (DDL, INSERT, MERGE, ...) run when {@code spark.sql} returns;
 * a plain query in {@link ResultMode#NONE} runs through Spark's no-op sink, so its errors surface too.
 * Rows affected come from the {@code num_affected_rows} column Delta reports for MERGE/UPDATE/DELETE; -1 otherwise.
 * A ROWS statement returns at most {@code rowLimit} rows (all rows when {@code rowLimit <= 0}).
 */
final class StatementRunner {
    private static final String AFFECTED_ROWS = "num_affected_rows";

    private StatementRunner() {}

    static StatementOutcome run(SparkSession session, SqlStatement statement) {
        Dataset<Row> result = session.sql(statement.sql());
        boolean command = result.queryExecution().commandExecuted() instanceof CommandResult;
        long rowsAffected = command ? rowsAffected(result) : -1;
        if (statement.resultMode() == ResultMode.NONE) {
            if (!command) {
                result.write().format("noop").mode("overwrite").save();
            }
            return StatementOutcome.done(rowsAffected);
        }
        return new StatementOutcome(rowsAffected, Arrays.asList(result.columns()), rows(result, statement.rowLimit()));
    }

    static List<List<Object>> rows(Dataset<Row> result, int rowLimit) {
        Dataset<Row> limited = rowLimit > 0 ? result.limit(rowLimit) : result;
        List<Row> collected = limited.collectAsList();
        List<List<Object>> rows = new ArrayList<>(collected.size());
        for (Row row : collected) {
            rows.add(SparkValues.row(row));
        }
        return rows;
    }

    private static long rowsAffected(Dataset<Row> result) {
        if (!Arrays.asList(result.columns()).contains(AFFECTED_ROWS)) {
            return -1;
        }
        List<Row> rows = result.select(AFFECTED_ROWS).collectAsList();
        if (rows.isEmpty() || rows.get(0).isNullAt(0)) {
            return -1;
        }
        return ((Number) rows.get(0).get(0)).longValue();
    }
}
