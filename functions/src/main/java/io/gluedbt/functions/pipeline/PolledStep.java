package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.LaneStep;
import java.util.List;

/** PollNode's answer: the lane's next step, and the outcomes of the statement's nodes once it finished (else none). */
public record PolledStep(LaneStep step, List<NodeOutcome> outcomes) {
    public PolledStep {
        requireNonNull(step, "step is null");
        outcomes = List.copyOf(outcomes);
    }
}
