package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    @Test
    void dealsAWaveRoundRobinOverAtMostThePoolsLanes() {
        assertThat(PlanBuilder.lanes(List.of("a", "b", "c", "d", "e"), 2).lanes()).containsExactly(List.of("a", "c", "e"), List.of("b", "d"));
        assertThat(PlanBuilder.lanes(List.of("a"), 4).lanes()).containsExactly(List.of("a"));
    }

    @Test
    void splitsAWaveOverTheBudgetIntoConsecutiveWaves() {
        assertThat(PlanBuilder.splitWaves(List.of(List.of("a", "b", "c"), List.of("d")), 2))
                .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
    }

    @Test
    void chunksConsecutiveWavesWithinTheNodeBudget() {
        List<List<String>> waves = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"), List.of("f", "g"));

        assertThat(PlanBuilder.chunks(waves, 4)).containsExactly(List.of(0, 1), List.of(2, 3));
        assertThat(PlanBuilder.chunks(waves, 100)).containsExactly(List.of(0, 1, 2, 3));
    }

    @Test
    void pollWaitsGrowByHalfUpToTheCap() {
        PipelineSettings settings = new PipelineSettings(ArchiveLimits.defaults(), 4, 400, 2, 30);

        assertThat(settings.nextWait(2)).isEqualTo(3);
        assertThat(settings.nextWait(3)).isEqualTo(5);
        assertThat(settings.nextWait(20)).isEqualTo(30);
        assertThat(settings.nextWait(30)).isEqualTo(30);
    }

    @Test
    void aLambdaCauseYieldsItsErrorMessage() {
        assertThat(FinalizeService.causeMessage("{\"errorMessage\":\"p.zip: not a zip archive\",\"errorType\":\"x.Y\"}")).isEqualTo("p.zip: not a zip archive");
        assertThat(FinalizeService.causeMessage("States.Timeout after 60 s")).isEqualTo("States.Timeout after 60 s");
    }
}
