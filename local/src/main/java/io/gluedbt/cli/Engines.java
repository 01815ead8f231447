package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.compiler.run.NodePlanner;
import io.gluedbt.local.spark.LocalSparkEngine;
import java.nio.file.Path;

/** Opens the engine a target's {@code type} names, and the planner that feeds it. */
public final class Engines {
    private Engines() {}

    static Engine open(ProjectSession session) {
        Target target = session.parsed().project().target();
        Path projectDirectory = session.parsed().project().root().root();
        if (target.type().equals("local")) {
            return LocalSparkEngine.openForProject(projectDirectory, target.values());
        }
        throw new GluedbtException(ErrorCode.PROJECT_INVALID, target.profilesFile() + ": target '" + target.name() + "' has type '" + target.type()
                + "', which this build cannot run yet (the Glue engine comes next); use a target of type 'local', e.g. --target local");
    }

    public static NodePlanner planner(ProjectSession session, RunMode mode) {
        return session.planner(mode);
    }

}
