package io.gluedbt.cli;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.run.NodePlanner;

/** Opens the engine a target's {@code type} names, and the planner that feeds it. */
final class Engines {
    private Engines() {}

    static Engine open(ProjectSession session) {
        String type = session.parsed().project().target().type();
        throw new GluedbtException(ErrorCode.PROJECT_INVALID, session.parsed().project().target().profilesFile() + ": target '"
                + session.parsed().project().target().name() + "' has type '" + type + "', which has no engine yet; use a target of type 'local'");
    }

    static NodePlanner planner(ProjectSession session, RunMode mode) {
        throw new UnsupportedOperationException("planner not wired yet");
    }
}
