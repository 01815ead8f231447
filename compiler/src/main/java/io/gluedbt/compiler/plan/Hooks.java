package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node's {@code pre-hook} / {@code post-hook} config as statements: a string, or a list of strings or
 * {@code {sql: ...}} maps, rendered by the context's {@link HookRenderer}; blank hooks are left out.
 */
final class Hooks {
    private Hooks() {}

    static List<SqlStatement> pre(PlanRequest request) {
        return statements(request, "pre-hook");
    }

    static List<SqlStatement> post(PlanRequest request) {
        return statements(request, "post-hook");
    }

    /** Pre-hooks, then {@code body}, then post-hooks. */
    static List<SqlStatement> around(PlanRequest request, List<SqlStatement> body) {
        List<SqlStatement> statements = new ArrayList<>(pre(request));
        statements.addAll(body);
        statements.addAll(post(request));
        return statements;
    }

    private static List<SqlStatement> statements(PlanRequest request, String key) {
        List<String> hooks = new ArrayList<>();
        collect(request.node().config().get(key), hooks);
        collect(request.node().config().get(key.replace('-', '_')), hooks);
        List<SqlStatement> statements = new ArrayList<>();
        for (String hook : hooks) {
            String rendered = request.context().hookRenderer().render(request.node(), hook);
            if (rendered != null && !rendered.isBlank()) {
                statements.add(SqlStatement.run(rendered.strip(), key + " " + (statements.size() + 1)));
            }
        }
        return statements;
    }

    private static void collect(Object value, List<String> hooks) {
        if (value instanceof List<?> items) {
            items.forEach(item -> collect(item, hooks));
        } else if (value instanceof Map<?, ?> map) {
            collect(map.get("sql"), hooks);
        } else if (value != null && !value.toString().isBlank()) {
            hooks.add(value.toString());
        }
    }
}
