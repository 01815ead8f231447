package io.gluedbt.compiler.run;

import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.model.Node;
import java.util.List;
import java.util.Locale;

/**
 * dbt's verdict on a test from its counting query's row {@code (failures, should_warn, should_error)}: FAIL
 * when severity is error and should_error holds, WARN when should_warn holds, else PASS.
 */
record TestOutcome(RunStatus status, int failures, String message) {
    static TestOutcome of(Node test, StatementOutcome outcome) {
        List<Object> row = outcome.rows().isEmpty() ? List.of(0L, false, false) : outcome.rows().get(0);
        int failures = row.isEmpty() || row.get(0) == null ? 0 : ((Number) row.get(0)).intValue();
        boolean shouldWarn = row.size() > 1 ? truthy(row.get(1)) : failures != 0;
        boolean shouldError = row.size() > 2 ? truthy(row.get(2)) : failures != 0;
        boolean severityError = !"warn".equals(String.valueOf(test.config().getOrDefault("severity", "ERROR")).toLowerCase(Locale.ROOT));
        String errorIf = String.valueOf(test.config().getOrDefault("error_if", "!= 0"));
        String warnIf = String.valueOf(test.config().getOrDefault("warn_if", "!= 0"));
        if (severityError && shouldError) {
            return new TestOutcome(RunStatus.FAIL, failures, "Got " + failures + " result" + (failures == 1 ? "" : "s") + ", configured to fail if " + errorIf);
        }
        if (shouldWarn) {
            return new TestOutcome(RunStatus.WARN, failures, "Got " + failures + " result" + (failures == 1 ? "" : "s") + ", configured to warn if " + warnIf);
        }
        return new TestOutcome(RunStatus.PASS, failures, null);
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.longValue() != 0;
        }
        return value != null && Boolean.parseBoolean(value.toString());
    }
}
