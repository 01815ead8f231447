package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * The engine's sessions: {@code threads} of them, created in parallel when the pool opens, each leased to one
 * node at a time (Glue runs one statement at a time per session). A session that dies while in use is replaced
 * (a bounded number of times); once no session is alive or starting, {@link #lease} fails with the reason.
 * {@link #close} stops every session the engine created (not reusable ones), after failures too; idempotent.
 */
final class SessionPool implements AutoCloseable {
    private final java.util.concurrent.atomic.AtomicBoolean opening = new java.util.concurrent.atomic.AtomicBoolean();
    private final GlueSettings settings;
    private final GlueClient glue;
    private final AwsCalls calls;
    private final SessionStarter starter;
    private final ExecutorService starting;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<GlueSession> idle = new ArrayDeque<>();
    private final Set<String> created = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger replacementsLeft;
    private int pending;
    private int alive;
    private volatile boolean closed;

    SessionPool(GlueSettings settings, GlueClient glue, AwsCalls calls) {
        this.settings = requireNonNull(settings, "settings is null");
        this.glue = requireNonNull(glue, "glue is null");
        this.calls = requireNonNull(calls, "calls is null");
        this.starter = new SessionStarter(settings, glue, calls, () -> closed);
        this.replacementsLeft = new AtomicInteger(settings.threads() * 2);
        AtomicInteger thread = new AtomicInteger();
        this.starting = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread worker = new Thread(runnable, "gluedbt-session-start-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Starts creating every session, once (later calls do nothing); returns at once. */
    void open() {
        if (!opening.compareAndSet(false, true)) {
            return;
        }
        for (int slot = 0; slot < settings.threads(); slot++) {
            start(slot);
        }
    }

    /** The session id of a pool slot: {@code <glue_session_id>[-n]} when reusing, else {@code <prefix>-<uuid>}. */
    String sessionId(int slot) {
        if (settings.reuseSessionId().isPresent()) {
            return settings.reuseSessionId().get() + (slot == 0 ? "" : "-" + (slot + 1));
        }
        return settings.sessionIdPrefix() + "-" + UUID.randomUUID();
    }

    /** Waits for a READY session nobody else holds. */
    GlueSession lease() {
        lock.lock();
        try {
            while (idle.isEmpty()) {
                if (closed) {
                    throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "the Glue engine is closed");
                }
                if (pending == 0 && alive == 0) {
                    throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "no Glue session is available: " + String.join("; ", failures));
                }
                changed.awaitUninterruptibly();
            }
            return idle.removeFirst();
        } finally {
            lock.unlock();
        }
    }

    void release(GlueSession session) {
        lock.lock();
        try {
            idle.addLast(session);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops a session that died in use, and starts a replacement while the replacement budget lasts. */
    void discard(GlueSession session, String reason) {
        lock.lock();
        try {
            alive--;
            failures.add(reason);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!closed && replacementsLeft.getAndDecrement() > 0) {
            start(settings.reuseSessionId().isPresent() ? reusableSlot(session.id()) : -1);
        }
    }

    /** The ids of sessions this pool created and will stop on close. */
    List<String> createdSessionIds() {
        lock.lock();
        try {
            return List.copyOf(created);
        } finally {
            lock.unlock();
        }
    }

    private int reusableSlot(String id) {
        String base = settings.reuseSessionId().orElseThrow();
        return id.equals(base) ? 0 : Integer.parseInt(id.substring(base.length() + 1)) - 1;
    }

    private void start(int slot) {
        lock.lock();
        try {
            pending++;
        } finally {
            lock.unlock();
        }
        starting.execute(() -> {
            GlueSession session = null;
            String failure = null;
            try {
                session = settings.reuseSessionId().isPresent()
                        ? starter.startReusable(sessionId(slot))
                        : starter.startFresh(sessionId(slot), this::recordCreated);
            } catch (RuntimeException exception) {
                failure = exception.getMessage();
            }
            lock.lock();
            try {
                pending--;
                if (session != null) {
                    alive++;
                    idle.addLast(session);
                } else {
                    failures.add(failure);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        });
    }

    private void recordCreated(String id) {
        lock.lock();
        try {
            created.add(id);
        } finally {
            lock.unlock();
        }
    }

    /** Stops every created session (reusable ones stay for the next run); the first stop failure is reported after all were tried. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        starting.shutdown();
        try {
            starting.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
        }
        List<String> stopFailures = new ArrayList<>();
        for (String id : createdSessionIds()) {
            try {
                calls.retrying("StopSession " + id, () -> glue.stopSession(builder -> builder.id(id).requestOrigin(SessionStarter.REQUEST_ORIGIN)));
            } catch (software.amazon.awssdk.services.glue.model.EntityNotFoundException exception) {
                // never created, or already gone
            } catch (software.amazon.awssdk.services.glue.model.IllegalSessionStateException exception) {
                // already stopping, stopped, failed or timed out
            } catch (AwsServiceException | GluedbtException exception) {
                stopFailures.add(id + ": " + exception.getMessage());
            }
        }
        if (!stopFailures.isEmpty()) {
            throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "could not stop Glue sessions " + String.join("; ", stopFailures));
        }
    }
}
