package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.catalog.QueryResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {% call statement('name', fetch_result=True) %}sql{% endcall %}} and {@code load_result('name')}.
 * While parsing ({@code execute} false) nothing runs and {@code load_result} returns None, as in dbt.
 */
final class StatementFunctions {
    private StatementFunctions() {}

    static List<MacroFunction> create() {
        return List.of(new JavaFunction("statement") {
            @Override
            Object call(List<Object> args, Map<String, Object> kwargs) {
                ArgumentList arguments = new ArgumentList(args, kwargs);
                String name = arguments.string(0, "name");
                MacroFunction caller = JinjavaInterpreter.getCurrent().getContext().getGlobalMacro("caller");
                String sql = caller == null ? "" : String.valueOf(caller.evaluate());
                RenderState state = RenderState.current();
                if (!state.scope().execute()) {
                    return "";
                }
                QueryResult table = state.scope().catalog().runQuery(sql);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("response", Map.of("code", "OK", "rows_affected", table.size()));
                result.put("data", table.getRows());
                result.put("table", table);
                if (name != null) {
                    state.statementResults().put(name, result);
                }
                return "";
            }
        }, new JavaFunction("load_result") {
            @Override
            Object call(List<Object> args, Map<String, Object> kwargs) {
                String name = new ArgumentList(args, kwargs).string(0, "name");
                return RenderState.current().statementResults().get(name);
            }
        });
    }
}
