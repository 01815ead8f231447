package io.gluedbt.local.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded runs as JSON: {@code [{"selection", "threads", "levels": [[{"node", "statements": [{"sql",
 * "purpose", "resultMode", "rowLimit"}]}]]}]}, so a later process can replay exactly what gluedbt sent.
 */
final class StatementsFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatementsFile() {}

    static void write(Path file, List<RecordedRun> runs) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (RecordedRun run : runs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("selection", run.selection());
            entry.put("threads", run.threads());
            entry.put("levels", run.levels().stream().map(level -> level.stream().map(StatementsFile::node).toList()).toList());
            json.add(entry);
        }
        try {
            JSON.writeValue(file.toFile(), json);
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot write " + file, exception);
        }
    }

    @SuppressWarnings("unchecked")
    static List<RecordedRun> read(Path file) {
        List<Map<String, Object>> json;
        try {
            json = JSON.readValue(file.toFile(), new TypeReference<List<Map<String, Object>>>() {});
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot read " + file, exception);
        }
        List<RecordedRun> runs = new ArrayList<>();
        for (Map<String, Object> entry : json) {
            List<List<NodeStatements>> levels = new ArrayList<>();
            for (List<Map<String, Object>> level : (List<List<Map<String, Object>>>) entry.get("levels")) {
                levels.add(level.stream().map(StatementsFile::node).toList());
            }
            runs.add(new RecordedRun((String) entry.get("selection"), ((Number) entry.get("threads")).intValue(), levels));
        }
        return runs;
    }

    private static Map<String, Object> node(NodeStatements node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("node", node.nodeId());
        json.put("statements", node.statements().stream().map(statement -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sql", statement.sql());
            entry.put("purpose", statement.purpose());
            entry.put("resultMode", statement.resultMode().name());
            entry.put("rowLimit", statement.rowLimit());
            return entry;
        }).toList());
        return json;
    }

    @SuppressWarnings("unchecked")
    private static NodeStatements node(Map<String, Object> json) {
        List<SqlStatement> statements = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) json.get("statements")) {
            statements.add(new SqlStatement((String) entry.get("sql"), (String) entry.get("purpose"),
                    ResultMode.valueOf((String) entry.get("resultMode")), ((Number) entry.get("rowLimit")).intValue()));
        }
        return new NodeStatements((String) json.get("node"), statements);
    }
}
