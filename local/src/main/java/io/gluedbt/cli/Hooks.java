package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** {@code on-run-start} / {@code on-run-end}: each hook is rendered (Jinja, refs allowed) and run in order, like dbt's operations. */
final class Hooks {
    private Hooks() {}

    /** Runs the hooks; false (after printing why) when one fails. */
    static boolean run(ProjectSession session, Engine engine, String kind, List<String> hooks) {
        if (hooks.isEmpty()) {
            return true;
        }
        Console.info(System.out, "Running " + hooks.size() + " " + kind + " hook" + (hooks.size() == 1 ? "" : "s"));
        List<SqlStatement> statements = new ArrayList<>();
        for (int index = 0; index < hooks.size(); index++) {
            String sql = session.compileInline(hooks.get(index), engine.catalog()).strip();
            if (!sql.isEmpty()) {
                statements.add(SqlStatement.run(sql, kind + " hook " + (index + 1)));
            }
        }
        String project = session.parsed().project().root().name();
        NodeResult result = engine.execute(new NodeStatements("operation." + project + "." + project + "-" + kind, statements));
        if (result.failure().isPresent()) {
            Console.info(System.err, "Error in " + kind + " hook " + (result.failure().get().statementIndex() + 1) + ": "
                    + result.failure().get().errorClass() + ": " + result.failure().get().message());
            return false;
        }
        Console.info(System.out, "Finished running " + statements.size() + " " + kind + " hook" + (statements.size() == 1 ? "" : "s"));
        return true;
    }
}
