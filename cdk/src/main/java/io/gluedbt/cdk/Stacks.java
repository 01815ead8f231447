package io.gluedbt.cdk;

import static java.util.Objects.requireNonNull;

/** The app's two stacks. */
public record Stacks(PrerequisitesStack prerequisites, PipelineStack pipeline) {
    public Stacks {
        requireNonNull(prerequisites, "prerequisites is null");
        requireNonNull(pipeline, "pipeline is null");
    }
}
