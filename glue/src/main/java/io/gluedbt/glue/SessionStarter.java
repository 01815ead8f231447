package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.CreateSessionRequest;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Session;
import software.amazon.awssdk.services.glue.model.SessionStatus;

/**
 * Creates one session (or takes over a reusable one) and waits until it is READY. A reusable session found
 * FAILED, STOPPED or TIMEOUT is deleted and created again; a CreateSession that loses a race with another
 * process (AlreadyExists) waits for that process's session instead.
 */
final class SessionStarter {
    static final String REQUEST_ORIGIN = "gluedbt";
    private static final int MAX_RECREATIONS = 4;

    private final GlueSettings settings;
    private final GlueClient glue;
    private final AwsCalls calls;
    private final BooleanSupplier closed;

    SessionStarter(GlueSettings settings, GlueClient glue, AwsCalls calls, BooleanSupplier closed) {
        this.settings = requireNonNull(settings, "settings is null");
        this.glue = requireNonNull(glue, "glue is null");
        this.calls = requireNonNull(calls, "calls is null");
        this.closed = requireNonNull(closed, "closed is null");
    }

    /** Creates session {@code id}; {@code beforeCreate} records the id first, so close() can stop it whatever happens. */
    GlueSession startFresh(String id, Consumer<String> beforeCreate) {
        beforeCreate.accept(id);
        create(id);
        awaitReady(id);
        return new GlueSession(id, GlueSession.Ownership.CREATED);
    }

    /** Uses session {@code id} when it is usable, else (re)creates it. */
    GlueSession startReusable(String id) {
        for (int attempt = 0; attempt < MAX_RECREATIONS; attempt++) {
            Optional<Session> existing = describe(id);
            SessionStatus status = existing.map(Session::status).orElse(null);
            if (status == null) {
                create(id);
            } else if (status == SessionStatus.STOPPING) {
                awaitSettled(id);
                continue;
            } else if (dead(status)) {
                delete(id);
                continue;
            }
            Optional<GluedbtException> failure = awaitReadyOrDead(id);
            if (failure.isEmpty()) {
                return new GlueSession(id, GlueSession.Ownership.REUSABLE);
            }
            if (attempt == MAX_RECREATIONS - 1) {
                throw failure.get();
            }
        }
        throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " could not be made READY in " + MAX_RECREATIONS + " attempts");
    }

    Optional<Session> describe(String id) {
        try {
            return Optional.ofNullable(calls.retrying("GetSession " + id, () -> glue.getSession(builder -> builder.id(id))).session());
        } catch (EntityNotFoundException exception) {
            return Optional.empty();
        } catch (software.amazon.awssdk.awscore.exception.AwsServiceException exception) {
            throw AwsCalls.failure("GetSession " + id, exception);
        }
    }

    static boolean dead(SessionStatus status) {
        return status == SessionStatus.FAILED || status == SessionStatus.STOPPED || status == SessionStatus.TIMEOUT;
    }

    /** One GetSession: READY → true, PROVISIONING → false (until the provisioning timeout), anything else fails. */
    boolean ready(String id) {
        Optional<Session> session = describe(id);
        SessionStatus status = session.map(Session::status).orElse(null);
        if (status == SessionStatus.READY) {
            return true;
        }
        if (status == SessionStatus.PROVISIONING) {
            java.time.Instant created = session.get().createdOn();
            if (created != null && created.plusSeconds(settings.provisioningTimeoutSeconds()).isBefore(java.time.Instant.now())) {
                throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " did not become READY within "
                        + settings.provisioningTimeoutSeconds() + " s (session_provisioning_timeout_in_seconds)");
            }
            return false;
        }
        String reason = session.map(Session::errorMessage).filter(message -> message != null && !message.isBlank()).map(message -> ": " + message)
                .orElse("");
        throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " is " + (status == null ? "gone" : status.toString())
                + " instead of READY" + reason);
    }

    void create(String id) {
        CreateSessionRequest.Builder request = CreateSessionRequest.builder()
                .id(id)
                .role(settings.roleArn())
                .command(command -> command.name("glueetl").pythonVersion("3"))
                .glueVersion(settings.glueVersion())
                .numberOfWorkers(settings.workers())
                .workerType(settings.workerType())
                .idleTimeout(settings.idleTimeoutMinutes())
                .timeout(settings.queryTimeoutMinutes())
                .defaultArguments(settings.sessionArguments())
                .requestOrigin(REQUEST_ORIGIN);
        if (!settings.connections().isEmpty()) {
            request.connections(connections -> connections.connections(settings.connections()));
        }
        settings.securityConfiguration().ifPresent(request::securityConfiguration);
        if (!settings.tags().isEmpty()) {
            request.tags(settings.tags());
        }
        try {
            calls.retrying("CreateSession " + id, () -> glue.createSession(request.build()));
        } catch (AlreadyExistsException exception) {
            // another process created it first: wait for that session below
        } catch (software.amazon.awssdk.awscore.exception.AwsServiceException exception) {
            throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "cannot create Glue session " + id + " (role "
                    + settings.roleArn() + "): " + AwsCalls.errorText(exception), exception);
        }
    }

    private void delete(String id) {
        try {
            calls.retrying("DeleteSession " + id, () -> glue.deleteSession(builder -> builder.id(id).requestOrigin(REQUEST_ORIGIN)));
        } catch (EntityNotFoundException exception) {
            // already gone
        } catch (software.amazon.awssdk.awscore.exception.AwsServiceException exception) {
            throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "cannot delete the unusable Glue session " + id + ": "
                    + AwsCalls.errorText(exception), exception);
        }
    }

    void awaitReady(String id) {
        Optional<GluedbtException> failure = awaitReadyOrDead(id);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private Optional<GluedbtException> awaitReadyOrDead(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.provisioningTimeoutSeconds()).toNanos();
        for (int poll = 0;; poll++) {
            if (closed.getAsBoolean()) {
                throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "the engine closed while Glue session " + id + " was starting");
            }
            Optional<Session> session = describe(id);
            SessionStatus status = session.map(Session::status).orElse(null);
            if (status == SessionStatus.READY) {
                return Optional.empty();
            }
            if (status == null || dead(status)) {
                String reason = session.map(Session::errorMessage).filter(message -> !message.isBlank()).map(message -> ": " + message).orElse("");
                return Optional.of(new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " is "
                        + (status == null ? "gone" : status.toString()) + " instead of READY" + reason));
            }
            if (System.nanoTime() > deadline) {
                return Optional.of(new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " did not become READY within "
                        + settings.provisioningTimeoutSeconds() + " s (session_provisioning_timeout_in_seconds); it is " + status));
            }
            calls.sleeper().sleep(calls.policy().pollDelay(poll));
        }
    }

    private void awaitSettled(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.provisioningTimeoutSeconds()).toNanos();
        for (int poll = 0; System.nanoTime() < deadline; poll++) {
            SessionStatus status = describe(id).map(Session::status).orElse(null);
            if (status != SessionStatus.STOPPING) {
                return;
            }
            calls.sleeper().sleep(calls.policy().pollDelay(poll));
        }
        throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "Glue session " + id + " stayed STOPPING for "
                + settings.provisioningTimeoutSeconds() + " s");
    }
}
