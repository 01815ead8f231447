package io.gluedbt.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The Python code of a RunStatement: the prelude (on a session's first statement only) and one call carrying the
 * statements as base64 JSON. One node's call ({@code _gluedbt_run}) carries {@code [{sql, mode, limit}]}; the call
 * for several independent nodes run at once in the statement ({@code _gluedbt_run_many}) carries
 * {@code {"nodes": [{"id", "statements": [{sql, mode, limit}]}]}}. SQL is never spliced into code. Past Glue's
 * {@value #CODE_LIMIT}-character {@code Code} limit the JSON is staged in S3 and the call names the object (also
 * base64).
 */
final class StatementCode {
    /** Glue's RunStatement {@code Code} length limit. */
    static final int CODE_LIMIT = 68_000;
    static final String PRELUDE = readPrelude();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatementCode() {}

    /** The payload JSON: {@code [{"sql": ..., "mode": "none"|"rows", "limit": n}]}. */
    static byte[] payload(List<SqlStatement> statements) {
        ArrayNode array = JSON.createArrayNode();
        addStatements(array, statements);
        return bytes(array);
    }

    /**
     * The payload JSON of several nodes run at once, in the given order:
     * {@code {"nodes": [{"id": ..., "statements": [{"sql": ..., "mode": ..., "limit": n}]}]}}.
     */
    static byte[] manyPayload(List<NodeStatements> nodes) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("nodes");
        for (NodeStatements node : nodes) {
            ObjectNode item = array.addObject();
            item.put("id", node.nodeId());
            addStatements(item.putArray("statements"), node.statements());
        }
        return bytes(root);
    }

    /** The inline call, e.g. {@code _gluedbt_run('W3sic3FsIjo...')}. */
    static String inlineCall(byte[] payload) {
        return "_gluedbt_run('" + Base64.getEncoder().encodeToString(payload) + "')\n";
    }

    /** The call that reads a staged payload from {@code s3Uri}. */
    static String stagedCall(String s3Uri) {
        return "_gluedbt_run_staged('" + Base64.getEncoder().encodeToString(s3Uri.getBytes(StandardCharsets.UTF_8)) + "')\n";
    }

    /** The inline call for several nodes, e.g. {@code _gluedbt_run_many('eyJub2RlcyI6...')}. */
    static String inlineManyCall(byte[] payload) {
        return "_gluedbt_run_many('" + Base64.getEncoder().encodeToString(payload) + "')\n";
    }

    /** The call that reads several nodes' staged payload from {@code s3Uri}. */
    static String stagedManyCall(String s3Uri) {
        return "_gluedbt_run_many_staged('" + Base64.getEncoder().encodeToString(s3Uri.getBytes(StandardCharsets.UTF_8)) + "')\n";
    }

    /** The statement code: prelude first when the session has not run it yet. */
    static String code(String call, PreludeState prelude) {
        return prelude == PreludeState.NEEDED ? PRELUDE + "\n" + call : call;
    }

    static boolean fits(String code) {
        return code.length() <= CODE_LIMIT;
    }

    /** Whether the session already defines the prelude's functions. */
    enum PreludeState {
        NEEDED, LOADED
    }

    private static void addStatements(ArrayNode array, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            ObjectNode item = array.addObject();
            item.put("sql", statement.sql());
            item.put("mode", statement.resultMode().name().toLowerCase(Locale.ROOT));
            item.put("limit", statement.resultMode() == ResultMode.ROWS ? statement.rowLimit() : 0);
        }
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static String readPrelude() {
        try (InputStream input = StatementCode.class.getResourceAsStream("prelude.py")) {
            if (input == null) {
                throw new IllegalStateException("prelude.py is missing from the glue module's resources");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
