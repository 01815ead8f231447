package io.gluedbt.compiler.run;

import io.gluedbt.compiler.model.Node;

/** Progress of a run, for dbt-style console lines and structured logs. */
public interface RunListener {
    void started(Node node, int index, int total);

    void finished(Node node, int index, int total, NodeRunResult result);

    static RunListener silent() {
        return new RunListener() {
            @Override
            public void started(Node node, int index, int total) {}

            @Override
            public void finished(Node node, int index, int total, NodeRunResult result) {}
        };
    }
}
