package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.LaneStep;
import java.util.Optional;

/** PollNode's answer: the lane's next step, and the node's outcome when the statement finished. */
public record PolledStep(LaneStep step, Optional<NodeOutcome> outcome) {
    public PolledStep {
        requireNonNull(step, "step is null");
        requireNonNull(outcome, "outcome is null");
    }
}
