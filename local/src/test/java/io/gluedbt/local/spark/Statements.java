package io.gluedbt.local.spark;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: run SQL on the shared engine and read the answers. */
final class Statements {
    private Statements() {}

    static NodeResult run(String nodeId, String... sql) {
        List<SqlStatement> statements = new ArrayList<>();
        for (int index = 0; index < sql.length; index++) {
            statements.add(SqlStatement.run(sql[index], "statement " + index));
        }
        return TestSpark.engine().execute(new NodeStatements(nodeId, statements));
    }

    static List<List<Object>> rows(String sql) {
        NodeResult result = TestSpark.engine().execute(new NodeStatements("query", List.of(SqlStatement.fetch(sql, "query", 0))));
        if (!result.succeeded()) {
            throw new AssertionError(sql + " failed: " + result.failure().orElseThrow());
        }
        return result.outcomes().get(0).rows();
    }

    static NodeResult succeeded(NodeResult result) {
        if (!result.succeeded()) {
            throw new AssertionError(result.nodeId() + " failed: " + result.failure().orElseThrow());
        }
        return result;
    }
}
