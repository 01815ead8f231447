package io.gluedbt.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsFileTest {
    @Test
    void writtenRunsReadBackEqual(@TempDir Path directory) {
        NodeStatements schemas = new NodeStatements("operation.create_schemas", List.of(SqlStatement.run("create database if not exists s", "create schema s")));
        NodeStatements model = new NodeStatements("model.p.m", List.of(SqlStatement.run("CREATE TABLE s.m AS\nSELECT 'it''s' AS x", "create table"),
                SqlStatement.fetch("SELECT * FROM s.m", "fetch", 10)));
        List<RecordedRun> runs = List.of(new RecordedRun("silver", 4, List.of(List.of(schemas), List.of(model, model))));
        Path file = directory.resolve("statements.json");

        StatementsFile.write(file, runs);

        assertThat(StatementsFile.read(file)).isEqualTo(runs);
        assertThat(runs.get(0).statementCount()).isEqualTo(5);
    }
}
