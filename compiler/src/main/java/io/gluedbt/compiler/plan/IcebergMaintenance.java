package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.engine.SqlStatement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * dbt-glue's {@code iceberg_expire_snapshots} (config, default true): after a write, expire the snapshots
 * older than the plan time, keeping at least the newest. Iceberg procedure arguments must be literals, so
 * the cut-off is the plan time rather than the last commit time dbt-glue reads first; the snapshots this
 * run writes are newer and stay.
 */
final class IcebergMaintenance {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private IcebergMaintenance() {}

    static List<SqlStatement> expireSnapshots(PlanRequest request, TargetTable table) {
        if (table.format() != TableFormat.ICEBERG || !request.config().isTrue("iceberg_expire_snapshots", true)) {
            return List.of();
        }
        String procedure = request.context().icebergCatalog().map(catalog -> "CALL " + catalog + ".system.expire_snapshots")
                .orElse("CALL system.expire_snapshots");
        String cutOff = TIMESTAMP.format(request.context().clock().instant().truncatedTo(ChronoUnit.MILLIS));
        return List.of(SqlStatement.run(procedure + "(table => " + RelationNames.literal(table.schema() + "." + table.alias())
                + ", older_than => TIMESTAMP '" + cutOff + "Z', retain_last => 1)", "expire iceberg snapshots"));
    }
}
