package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.Node;

/** A snapshot needs a strategy and unique_key; timestamp needs updated_at, check needs check_cols. */
final class SnapshotValidator {
    private SnapshotValidator() {}

    static void validate(Node snapshot, String displayPath, int line) {
        SourcePosition position = SourcePosition.of(displayPath, line);
        Object strategy = snapshot.config().get("strategy");
        if (strategy == null) {
            throw new GluedbtException(ErrorCode.SNAPSHOT_INVALID, position, "snapshot '" + snapshot.name() + "' needs config strategy='timestamp' or strategy='check'");
        }
        if (snapshot.config().get("unique_key") == null) {
            throw new GluedbtException(ErrorCode.SNAPSHOT_INVALID, position, "snapshot '" + snapshot.name() + "' needs config unique_key");
        }
        if (strategy.equals("timestamp") && snapshot.config().get("updated_at") == null) {
            throw new GluedbtException(ErrorCode.SNAPSHOT_INVALID, position, "snapshot '" + snapshot.name() + "' uses strategy 'timestamp' and needs config updated_at");
        }
        if (strategy.equals("check") && snapshot.config().get("check_cols") == null) {
            throw new GluedbtException(ErrorCode.SNAPSHOT_INVALID, position, "snapshot '" + snapshot.name() + "' uses strategy 'check' and needs config check_cols");
        }
        if (!strategy.equals("timestamp") && !strategy.equals("check")) {
            throw new GluedbtException(ErrorCode.SNAPSHOT_INVALID, position, "snapshot '" + snapshot.name() + "' has unknown strategy '" + strategy + "'; use 'timestamp' or 'check'");
        }
    }
}
