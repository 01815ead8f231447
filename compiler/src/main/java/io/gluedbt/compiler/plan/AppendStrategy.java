package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;

/** {@code incremental_strategy='append'}: {@code INSERT INTO} the new rows. */
final class AppendStrategy implements IncrementalWrite {
    @Override
    public List<SqlStatement> statements(IncrementalInput input) {
        return List.of(SqlStatement.run("INSERT INTO " + input.target().name() + "\nSELECT " + input.selectList() + " FROM " + input.sourceView(),
                "append"));
    }
}
