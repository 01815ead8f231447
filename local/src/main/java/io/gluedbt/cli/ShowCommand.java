package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gluedbt show --inline "select ..."}: runs a query (Jinja, refs and sources allowed) and prints its rows. */
@Command(name = "show", description = "Run an inline query (refs and sources allowed) and preview its rows.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--inline", required = true, description = "The SQL to run.")
    String inline;

    @Option(names = "--limit", description = "How many rows to show (default 5; -1 for all).")
    int limit = 5;

    @Override
    public Integer call() {
        ProjectSession session = ProjectSession.open(project.toLoadOptions(), Console.templateLog());
        try (Engine engine = Engines.open(session)) {
            String sql = AthenaNames.toSpark(session.compileInline(inline, engine.catalog()), engine.catalog());
            int rowLimit = limit < 0 ? Integer.MAX_VALUE : limit;
            NodeResult result = engine.execute(new NodeStatements("sql_operation.inline_query", List.of(SqlStatement.fetch(sql, "show", rowLimit))));
            if (result.failure().isPresent()) {
                throw new GluedbtException(ErrorCode.COMPILER_ERROR, "inline query failed: " + result.failure().get().errorClass() + ": "
                        + result.failure().get().message());
            }
            StatementOutcome outcome = result.outcomes().get(0);
            Console.info(System.out, "Previewing inline node:");
            System.out.print(table(outcome));
            return 0;
        }
    }

    /** A Markdown-style table like dbt's preview. */
    static String table(StatementOutcome outcome) {
        List<String> header = outcome.columns();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : outcome.rows()) {
            rows.add(row.stream().map(value -> value == null ? "" : value.toString()).toList());
        }
        int[] widths = new int[header.size()];
        for (int column = 0; column < header.size(); column++) {
            widths[column] = header.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append(' ').append("-".repeat(Math.max(3, width))).append(" |");
        }
        out.append(rule).append('\n');
        for (List<String> row : rows) {
            appendRow(out, row, widths);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int column = 0; column < cells.size(); column++) {
            out.append(' ').append(String.format("%-" + Math.max(3, widths[column]) + "s", cells.get(column))).append(" |");
        }
        out.append('\n');
    }
}
