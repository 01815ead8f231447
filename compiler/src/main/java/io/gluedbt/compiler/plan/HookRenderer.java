package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.model.Node;

/**
 * Renders one hook's SQL before the planner places it. Hooks may hold render-time Jinja
 * ({@code {{ this }}}, {@code {{ target.schema }}}); rendering them is the compiler's job, so the caller
 * supplies a renderer. A hook that renders to blank text is left out.
 */
@FunctionalInterface
public interface HookRenderer {
    /**
     * @param node the node the hook belongs to
     * @param hookSql the hook as written in config ({@code pre-hook} / {@code post-hook})
     * @return the SQL to run
     */
    String render(Node node, String hookSql);

    /** Uses each hook's text as written (for hooks without Jinja, and tests). */
    static HookRenderer verbatim() {
        return (node, hookSql) -> hookSql;
    }
}
