package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Session;
import software.amazon.awssdk.services.glue.model.SessionStatus;
import software.amazon.awssdk.services.glue.model.Statement;
import software.amazon.awssdk.services.glue.model.StatementOutput;
import software.amazon.awssdk.services.glue.model.StatementState;

/**
 * Runs one statement's code on a leased session and polls GetStatement (backoff from {@link PollingPolicy})
 * until it ends. Past the query timeout the statement is cancelled. When a call fails, the session is looked at:
 * a session that went TIMEOUT, FAILED or STOPPED ends the statement as {@link Reply.Kind#SESSION_DEAD}.
 */
final class StatementPoller {
    private final GlueClient glue;
    private final AwsCalls calls;
    private final SessionStarter sessions;
    private final Duration timeout;

    StatementPoller(GlueClient glue, AwsCalls calls, SessionStarter sessions, Duration timeout) {
        this.glue = requireNonNull(glue, "glue is null");
        this.calls = requireNonNull(calls, "calls is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    Reply run(GlueSession session, String code) {
        int statementId;
        try {
            statementId = calls.retrying("RunStatement on " + session.id(),
                    () -> glue.runStatement(builder -> builder.sessionId(session.id()).code(code).requestOrigin(SessionStarter.REQUEST_ORIGIN))).id();
        } catch (AwsServiceException | GluedbtException exception) {
            return sessionFailure(session, exception);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int poll = 0;; poll++) {
            calls.sleeper().sleep(calls.policy().pollDelay(poll));
            Statement statement;
            try {
                statement = calls.retrying("GetStatement " + statementId + " on " + session.id(),
                        () -> glue.getStatement(builder -> builder.sessionId(session.id()).id(statementId).requestOrigin(SessionStarter.REQUEST_ORIGIN))).statement();
            } catch (AwsServiceException | GluedbtException exception) {
                return sessionFailure(session, exception);
            }
            Optional<Reply> finished = finished(statement, session.id());
            if (finished.isPresent()) {
                return finished.get();
            }
            if (System.nanoTime() > deadline) {
                cancel(session, statementId);
                return new Reply(Reply.Kind.FAILED, "", "StatementTimeout", "Glue statement " + statementId + " on session " + session.id()
                        + " ran longer than " + timeout.toMinutes() + " minutes (query_timeout_in_minutes) and was cancelled");
            }
        }
    }

    /** The reply of a statement that ended (AVAILABLE, ERROR or CANCELLED); empty while it waits or runs. */
    static Optional<Reply> finished(Statement statement, String sessionId) {
        StatementState state = statement.state();
        if (state == StatementState.AVAILABLE) {
            return Optional.of(available(statement.output()));
        }
        if (state == StatementState.ERROR) {
            return Optional.of(errorOutput(statement.output()));
        }
        if (state == StatementState.CANCELLED) {
            return Optional.of(new Reply(Reply.Kind.FAILED, "", "StatementCancelled", "Glue statement " + statement.id() + " on session " + sessionId
                    + " was cancelled"));
        }
        return Optional.empty();
    }

    private static Reply available(StatementOutput output) {
        // Glue answers Output.Status in lower case, as Livy does ("ok" / "error"), outside the SDK's enum.
        if (output != null && "error".equalsIgnoreCase(output.statusAsString())) {
            return errorOutput(output);
        }
        String text = output == null || output.data() == null || output.data().textPlain() == null ? "" : output.data().textPlain();
        return new Reply(Reply.Kind.OUTPUT, text, "", "");
    }

    /** Glue's ErrorName, ErrorValue and Traceback (a Python error outside the prelude's own handling). */
    private static Reply errorOutput(StatementOutput output) {
        if (output == null) {
            return new Reply(Reply.Kind.FAILED, "", "GlueStatementError", "the Glue statement failed without output");
        }
        String traceback = output.hasTraceback() ? String.join("", output.traceback()) : "";
        String name = output.errorName() == null ? "GlueStatementError" : output.errorName();
        String message = (output.errorValue() == null ? "" : output.errorValue()) + (traceback.isBlank() ? "" : "\n" + traceback.strip());
        return new Reply(Reply.Kind.FAILED, "", name, message);
    }

    private void cancel(GlueSession session, int statementId) {
        try {
            calls.retrying("CancelStatement " + statementId, () -> glue.cancelStatement(builder -> builder.sessionId(session.id()).id(statementId)
                    .requestOrigin(SessionStarter.REQUEST_ORIGIN)));
        } catch (AwsServiceException | GluedbtException exception) {
            // the statement may have ended meanwhile; the failure is reported either way
        }
    }

    /** A failed call on the session: SESSION_DEAD when the session is gone or ended, else FAILED with the call's error. */
    Reply sessionFailure(GlueSession session, RuntimeException exception) {
        String text = exception instanceof AwsServiceException aws ? AwsCalls.errorText(aws) : exception.getMessage();
        Optional<Session> state;
        try {
            state = sessions.describe(session.id());
        } catch (RuntimeException describeFailure) {
            state = Optional.empty();
        }
        SessionStatus status = state.map(Session::status).orElse(null);
        if (status == null || SessionStarter.dead(status) || status == SessionStatus.STOPPING) {
            String reason = state.map(Session::errorMessage).filter(message -> !message.isBlank()).map(message -> " (" + message + ")").orElse("");
            return new Reply(Reply.Kind.SESSION_DEAD, "", "GlueSessionLost", "Glue session " + session.id() + " is "
                    + (status == null ? "gone" : status.toString()) + reason + ": " + text);
        }
        return new Reply(Reply.Kind.FAILED, "", "GlueApiError", text);
    }

    /** What came back: the statement's printed output, a failure, or a dead session. */
    record Reply(Kind kind, String output, String errorClass, String message) {
        Reply {
            requireNonNull(kind, "kind is null");
            requireNonNull(output, "output is null");
            requireNonNull(errorClass, "errorClass is null");
            requireNonNull(message, "message is null");
        }

        enum Kind {
            OUTPUT, FAILED, SESSION_DEAD
        }
    }
}
