package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.compiler.run.NodePlanner;
import io.gluedbt.glue.GlueSessionEngine;
import io.gluedbt.glue.GlueSettings;
import io.gluedbt.local.spark.LocalSparkEngine;
import java.nio.file.Path;

/** Opens the engine a target's {@code type} names, and the planner that feeds it. */
public final class Engines {
    private Engines() {}

    static Engine open(ProjectSession session) {
        return open(session, session.parsed().project().target().threads());
    }

    /** The target's engine; for Glue a pool of {@code threads} sessions (one per node running at once). */
    static Engine open(ProjectSession session, int threads) {
        Target target = session.parsed().project().target();
        Path projectDirectory = session.parsed().project().root().root();
        return switch (target.type()) {
            case "local" -> LocalSparkEngine.openForProject(projectDirectory, target.values());
            case "glue" -> GlueSessionEngine.open(GlueSettings.fromTarget(target).withThreads(threads));
            default -> throw new GluedbtException(ErrorCode.PROJECT_INVALID, target.profilesFile() + ": target '" + target.name()
                    + "' has type '" + target.type() + "', which gluedbt cannot run; use type 'glue' (AWS Glue interactive sessions) or 'local'"
                    + " (the embedded Spark)");
        };
    }

    public static NodePlanner planner(ProjectSession session, RunMode mode) {
        return session.planner(mode);
    }

}
