package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import java.util.List;
import java.util.Locale;

/**
 * A test's status and failure count from the row its test statement returned, by dbt's rule: FAIL when the
 * severity is {@code error} and {@code should_error} holds; else WARN when {@code should_warn} holds; else PASS.
 */
public record TestVerdict(TestStatus status, long failures) {
    public TestVerdict {
        requireNonNull(status, "status is null");
    }

    /**
     * @param outcome the outcome of the test's last statement (the ROWS one {@link Planner} planned)
     * @param test the test node, for its {@code severity} config (default {@code error})
     */
    public static TestVerdict from(StatementOutcome outcome, Node test) {
        requireNonNull(outcome, "outcome is null");
        requireNonNull(test, "test is null");
        if (outcome.rows().isEmpty()) {
            throw new GluedbtException(ErrorCode.INTERNAL, "test '" + test.name() + "' returned no rows; expected one row of failures, should_warn, should_error");
        }
        List<Object> row = outcome.rows().get(0);
        long failures = number(value(outcome, row, "failures", test));
        boolean shouldWarn = truth(value(outcome, row, "should_warn", test));
        boolean shouldError = truth(value(outcome, row, "should_error", test));
        String severity = String.valueOf(test.config().getOrDefault("severity", "error")).trim().toLowerCase(Locale.ROOT);
        if (severity.equals("error") && shouldError) {
            return new TestVerdict(TestStatus.FAIL, failures);
        }
        if (shouldWarn) {
            return new TestVerdict(TestStatus.WARN, failures);
        }
        return new TestVerdict(TestStatus.PASS, failures);
    }

    private static Object value(StatementOutcome outcome, List<Object> row, String column, Node test) {
        for (int index = 0; index < outcome.columns().size() && index < row.size(); index++) {
            if (outcome.columns().get(index).equalsIgnoreCase(column)) {
                return row.get(index);
            }
        }
        throw new GluedbtException(ErrorCode.INTERNAL, "test '" + test.name() + "' result has no column '" + column + "' (columns: "
                + outcome.columns() + ")");
    }

    private static long number(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return new java.math.BigDecimal(value.toString().trim()).longValue();
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return value != null && value.toString().trim().equalsIgnoreCase("true");
    }
}
