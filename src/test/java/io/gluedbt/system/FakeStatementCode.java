package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The statement code the test session service sends and the fake endpoint "runs": a comment line and the node's
 * statements as base64 JSON (the shape of the real prelude's payload); the output is one JSON line with an
 * outcome per statement, or the first statement whose SQL contains {@link #FAIL_MARKER} as the failure.
 */
final class FakeStatementCode {
    static final String FAIL_MARKER = "__gluedbt_fail__";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeStatementCode() {}

    static String code(NodeStatements statements) {
        ArrayNode sql = MAPPER.createArrayNode();
        statements.statements().stream().map(SqlStatement::sql).forEach(sql::add);
        ObjectNode payload = MAPPER.createObjectNode().put("node", statements.nodeId());
        payload.set("statements", sql);
        return "# gluedbt system-test statement\n" + Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String output(String code) {
        try {
            String encoded = code.substring(code.indexOf('\n') + 1).trim();
            JsonNode payload = MAPPER.readTree(Base64.getDecoder().decode(encoded));
            ObjectNode result = MAPPER.createObjectNode();
            ArrayNode outcomes = result.putArray("outcomes");
            int index = 0;
            for (JsonNode statement : payload.get("statements")) {
                if (statement.asText().contains(FAIL_MARKER)) {
                    result.putObject("failure").put("statementIndex", index).put("errorClass", "AnalysisException")
                            .put("message", "[TABLE_OR_VIEW_NOT_FOUND] The table or view `" + FAIL_MARKER + "` cannot be found.");
                    return result.toString();
                }
                outcomes.addObject().put("rowsAffected", -1);
                index++;
            }
            result.putNull("failure");
            return result.toString();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
