package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;

/** One {@code incremental_strategy}: how new rows, staged in a temporary view, reach the existing table. */
interface IncrementalWrite {
    List<SqlStatement> statements(IncrementalInput input);
}
