package io.gluedbt.compiler.error;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The one exception root. The message is dbt-style: {@code models/gold/x.sql:4: ref('silver') not found}.
 */
public class GluedbtException extends RuntimeException {
    private final ErrorCode code;
    private final SourcePosition position;
    private final String rawMessage;

    public GluedbtException(ErrorCode code, SourcePosition position, String message) {
        this(code, position, message, null);
    }

    public GluedbtException(ErrorCode code, SourcePosition position, String message, Throwable cause) {
        super(format(position, message), cause);
        this.code = requireNonNull(code, "code is null");
        this.position = position;
        this.rawMessage = message;
    }

    public GluedbtException(ErrorCode code, String message) {
        this(code, null, message, null);
    }

    public GluedbtException(ErrorCode code, String message, Throwable cause) {
        this(code, null, message, cause);
    }

    private static String format(SourcePosition position, String message) {
        return position == null ? message : position + ": " + message;
    }

    public ErrorCode code() {
        return code;
    }

    /** The message without the position prefix. */
    public String rawMessage() {
        return rawMessage;
    }

    /** The same error, placed at a position (when it has none yet). */
    public GluedbtException at(SourcePosition newPosition) {
        if (position != null || newPosition == null) {
            return this;
        }
        return new GluedbtException(code, newPosition, rawMessage, getCause() == null ? this : getCause());
    }

    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }

    /** Process exit code: 1 for the user's errors, 2 for everything else. */
    public int exitCode() {
        return code.isUserError() ? 1 : 2;
    }
}
