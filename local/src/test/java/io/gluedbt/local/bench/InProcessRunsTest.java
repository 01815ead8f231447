package io.gluedbt.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InProcessRunsTest {
    private static final long SECOND = 1_000_000_000L;

    private static RecordedCall call(String nodeId, long startSecond, long endSecond) {
        NodeStatements statements = new NodeStatements(nodeId, List.of(SqlStatement.run("select '" + nodeId + "'", "test")));
        return new RecordedCall(statements, "main", startSecond * SECOND, endSecond * SECOND);
    }

    @Test
    void overlappingExecuteCallsCountOnce() {
        List<RecordedCall> calls = List.of(call("c", 5, 6), call("a", 0, 2), call("b", 1, 3), call("d", 2, 2));

        assertThat(InProcessRuns.coveredSeconds(calls)).isEqualTo(4.0);
    }

    @Test
    void levelsFollowDependenciesAndKeepOperationsApart() {
        Map<String, Set<String>> blockers = Map.of("model.b", Set.of("model.a"), "model.a", Set.of(), "model.c", Set.of());
        List<RecordedCall> calls = List.of(call("model.b", 3, 4), call("operation.create_schemas", 0, 1), call("model.c", 1, 2),
                call("model.a", 2, 3), call("operation.on_run_end", 5, 6));

        List<List<String>> levels = InProcessRuns.levels(calls, blockers).stream()
                .map(level -> level.stream().map(NodeStatements::nodeId).toList()).toList();

        assertThat(levels).containsExactly(List.of("operation.create_schemas"), List.of("model.a", "model.c"), List.of("model.b"),
                List.of("operation.on_run_end"));
    }
}
