package io.gluedbt.local.spark;

import io.gluedbt.compiler.engine.StatementFailure;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/**
 * A Spark exception as a {@link StatementFailure}: the error class is Spark's ({@code TABLE_OR_VIEW_NOT_FOUND},
 * {@code PARSE_SYNTAX_ERROR}, ...) from the first {@link SparkThrowable} in the cause chain that has one,
 * else the exception's simple name ({@code HoodieException}; for a failed Spark job, the failed task's
 * exception: {@code RuntimeException} for {@code raise_error}); the message is the exception's text without
 * JVM stack frames, Spark's driver stack trace or the logical plan, at most {@value #MAX_LINES} lines.
 */
final class SparkFailures {
    static final int MAX_LINES = 20;

    private SparkFailures() {}

    static StatementFailure failure(int statementIndex, Throwable exception) {
        return new StatementFailure(statementIndex, errorClass(exception), message(exception));
    }

    static String errorClass(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SparkThrowable sparkThrowable && sparkThrowable.getErrorClass() != null) {
                return sparkThrowable.getErrorClass();
            }
        }
        if (exception instanceof SparkException && exception.getCause() != null && exception.getCause() != exception
                && String.valueOf(exception.getMessage()).startsWith("Job aborted")) {
            return exception.getCause().getClass().getSimpleName();
        }
        return exception.getClass().getSimpleName();
    }

    static String message(Throwable exception) {
        String text = exception instanceof AnalysisException analysis ? analysis.getSimpleMessage() : exception.getMessage();
        if (text == null || text.isBlank()) {
            Throwable cause = exception.getCause();
            text = cause != null && cause != exception ? message(cause) : exception.getClass().getName();
        }
        int driverStack = text.indexOf("Driver stacktrace:");
        if (driverStack >= 0) {
            text = text.substring(0, driverStack);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("at ") || trimmed.startsWith("... ") && trimmed.endsWith(" more")) {
                continue;
            }
            if (lines.size() == MAX_LINES) {
                lines.add("...");
                break;
            }
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }
}
