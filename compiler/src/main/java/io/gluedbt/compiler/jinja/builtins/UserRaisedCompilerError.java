package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.Optional;

/**
 * Raised by {@code exceptions.raise_compiler_error(msg)} (and {@code raise_not_implemented}). The message is
 * exactly the template's {@code msg}; the compiler adds file and line. Jinjava records exceptions thrown inside
 * expressions as template errors with this exception in the cause chain: use {@link #findIn(Throwable)}.
 */
public class UserRaisedCompilerError extends GluedbtException {
    private final String rawMessage;

    public UserRaisedCompilerError(ErrorCode code, String rawMessage) {
        super(code, requireNonNull(rawMessage, "rawMessage is null"));
        this.rawMessage = rawMessage;
    }

    /** The message as the template gave it. */
    public String rawMessage() {
        return rawMessage;
    }

    /** The first {@code UserRaisedCompilerError} in the cause chain of {@code throwable}, if any. */
    public static Optional<UserRaisedCompilerError> findIn(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof UserRaisedCompilerError error) {
                return Optional.of(error);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }
}
