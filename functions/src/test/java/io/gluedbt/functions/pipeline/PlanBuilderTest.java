package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    @Test
    void aLambdaCauseYieldsItsErrorMessage() {
        assertThat(FinalizeService.causeMessage("{\"errorMessage\":\"p.zip: not a zip archive\",\"errorType\":\"x.Y\"}")).isEqualTo("p.zip: not a zip archive");
        assertThat(FinalizeService.causeMessage("States.Timeout after 60 s")).isEqualTo("States.Timeout after 60 s");
    }
}
