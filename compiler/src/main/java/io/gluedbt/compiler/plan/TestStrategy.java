package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A data test (generic or singular): dbt's failure counting around the compiled query, one ROWS statement
 * returning {@code failures}, {@code should_warn}, {@code should_error} (read with {@link TestVerdict#from}),
 * honouring {@code fail_calc}, {@code warn_if}, {@code error_if} and {@code limit}. With {@code store_failures}
 * (or {@code store_failures_as: table|view}) the failing rows are first kept in {@code <schema>.<alias>}
 * (the node's schema is already {@code <target schema>_dbt_test__audit}) and counted from there.
 */
final class TestStrategy implements MaterializationStrategy {
    @Override
    public List<SqlStatement> plan(PlanRequest request) {
        NodeConfig config = request.config();
        String failCalculation = config.string("fail_calc").orElse("count(*)");
        String warnIf = config.string("warn_if").orElse("!= 0");
        String errorIf = config.string("error_if").orElse("!= 0");
        List<SqlStatement> body = new ArrayList<>();
        String mainSql = request.compiledSql();
        String storeAs = storeFailuresAs(config);
        if (storeAs.equals("table")) {
            TargetTable audit = TargetTable.of(request);
            body.addAll(TableBuild.build(request, audit, request.compiledSql(), request.existingRelation()));
            mainSql = "SELECT * FROM " + audit.name();
        } else if (storeAs.equals("view")) {
            String name = request.node().schema() + "." + request.node().alias();
            body.add(SqlStatement.run("CREATE OR REPLACE VIEW " + name + " AS\n" + request.compiledSql(), "store failures"));
            mainSql = "SELECT * FROM " + name;
        }
        String limit = config.integer("limit").map(value -> "\nLIMIT " + value).orElse("");
        String sql = "SELECT\n"
                + "  " + failCalculation + " AS failures,\n"
                + "  " + failCalculation + " " + warnIf + " AS should_warn,\n"
                + "  " + failCalculation + " " + errorIf + " AS should_error\n"
                + "FROM (\n" + mainSql + limit + "\n) dbt_internal_test";
        body.add(SqlStatement.fetch(sql, "test", 1));
        return Hooks.around(request, body);
    }

    /** {@code table}, {@code view}, or {@code none}: {@code store_failures_as} wins when set; {@code store_failures: true} means table. */
    private static String storeFailuresAs(NodeConfig config) {
        String as = config.string("store_failures_as").map(value -> value.toLowerCase(Locale.ROOT)).orElse("");
        if (as.equals("table") || as.equals("view")) {
            return as;
        }
        if (as.equals("ephemeral")) {
            return "none";
        }
        return config.isTrue("store_failures", false) ? "table" : "none";
    }
}
