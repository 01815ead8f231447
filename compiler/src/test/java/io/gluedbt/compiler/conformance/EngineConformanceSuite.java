package io.gluedbt.compiler.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The engine conformance suite (Trino's BaseConnectorTest idea): the same dbt projects, run through the
 * real parser, compiler, planner and run loop, must leave the same table contents on every engine.
 * Subclasses supply the engine and the profile output that reaches it; the test methods live in
 * {@link EngineConformanceTests}.
 */
public abstract class EngineConformanceSuite {
    /** The engine under test; shared by all tests of the class and closed by the subclass. */
    protected abstract Engine engine();

    /** The profile output (YAML keys under the target) for a schema; {@code ${schema}} is replaced. */
    protected abstract String profileOutput();

    /** Where projects are written. */
    protected abstract Path workDirectory();

    /** Prepended to every scenario's schema, so suites sharing one metastore (one test JVM) never meet. */
    protected String schemaPrefix() {
        return "";
    }

    protected ConformanceProject project(String schema, Map<String, String> files) {
        return ConformanceProject.create(workDirectory(), schemaPrefix() + schema, profileOutput(), files);
    }

    protected RunResults run(ConformanceProject project, RunCommand command, String select, int batch, RunMode mode) {
        LoadOptions options = LoadOptions.forProject(project.directory()).withProfilesDir(project.directory()).withCliVars("{batch: " + batch + "}")
                .withEnvironment(Map.of()).withUserHome(project.directory());
        ProjectSession session = ProjectSession.open(options);
        RunRequest request = RunRequest.of(command, new SelectionRequest(select == null ? List.of() : List.of(select), List.of(), null))
                .withMode(mode).withThreads(2);
        return session.run(engine(), request, session.planner(mode));
    }

    protected static Map<String, RunStatus> statuses(RunResults results) {
        return results.results().stream().collect(Collectors.toMap(
                result -> result.uniqueId().substring(result.uniqueId().lastIndexOf('.') + 1), NodeRunResult::status, (a, b) -> a, TreeMap::new));
    }

    protected static void assertAllSucceeded(RunResults results) {
        assertThat(results.results()).allSatisfy(result ->
                assertThat(result.status()).as(result.uniqueId() + ": " + result.message()).isIn(RunStatus.SUCCESS, RunStatus.PASS));
    }

    /** Rows of a query, each row rendered as text joined by '|', sorted. */
    protected List<String> rows(String sql) {
        NodeResult result = engine().execute(new NodeStatements("query", List.of(SqlStatement.fetch(sql, "check", 10_000))));
        assertThat(result.failure()).as("query failed: " + sql).isEmpty();
        return result.outcomes().get(0).rows().stream()
                .map(row -> row.stream().map(value -> value == null ? "null" : normalize(value)).collect(Collectors.joining("|")))
                .sorted().toList();
    }

    private static String normalize(Object value) {
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float) && !(value instanceof java.math.BigDecimal)) {
            return Long.toString(number.longValue());
        }
        if (value instanceof Number number) {
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
