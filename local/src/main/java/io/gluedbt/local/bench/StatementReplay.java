package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.CommandResult;

/**
 * The baseline: recorded statements issued straight to {@code spark.sql}, with nothing of gluedbt around them (no
 * project, compile, plan, catalog questions, cache invalidation or artifacts). Nodes of one level run at once on
 * up to the recorded run's threads, each thread on its own child session as the engine does, so both sides get the
 * same parallelism. A command runs when {@code spark.sql} returns; a plain query runs through the no-op sink (or
 * is collected when gluedbt fetched its rows), as the engine would.
 */
final class StatementReplay {
    private final SparkSession root;
    private final ThreadLocal<SparkSession> sessions;

    StatementReplay(SparkSession root) {
        this.root = requireNonNull(root, "root is null");
        this.sessions = ThreadLocal.withInitial(this.root::newSession);
    }

    /** Replays one run and returns its wall time in seconds. */
    double replay(RecordedRun run) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(run.threads());
        try {
            for (List<NodeStatements> level : run.levels()) {
                if (level.size() == 1 || run.threads() == 1) {
                    level.forEach(this::runNode);
                    continue;
                }
                List<Future<?>> running = new ArrayList<>();
                for (NodeStatements node : level) {
                    running.add(pool.submit(() -> runNode(node)));
                }
                for (Future<?> future : running) {
                    future.get();
                }
            }
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", exception);
        } catch (ExecutionException exception) {
            throw new IllegalStateException("replay failed: " + exception.getCause().getMessage(), exception.getCause());
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void runNode(NodeStatements node) {
        SparkSession session = sessions.get();
        for (SqlStatement statement : node.statements()) {
            Dataset<Row> result = session.sql(statement.sql());
            if (statement.resultMode() == ResultMode.ROWS) {
                (statement.rowLimit() > 0 ? result.limit(statement.rowLimit()) : result).collectAsList();
            } else if (!(result.queryExecution().commandExecuted() instanceof CommandResult)) {
                result.write().format("noop").mode("overwrite").save();
            }
        }
    }
}
