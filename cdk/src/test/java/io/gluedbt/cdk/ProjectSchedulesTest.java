package io.gluedbt.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectSchedulesTest {
    @Test
    void readsTheContextListAndWrapsBareCronFields() {
        List<ProjectSchedule> schedules = ProjectSchedules.fromContext(List.of(
                Map.of("name", "nightly", "cron", "0 6 * * ? *", "key", "projects/a.zip", "select", List.of("silver", "gold")),
                Map.of("name", "hourly", "cron", "rate(1 hour)", "key", "projects/b.zip")));
        assertThat(schedules).containsExactly(
                new ProjectSchedule("nightly", "0 6 * * ? *", "projects/a.zip", List.of("silver", "gold")),
                new ProjectSchedule("hourly", "rate(1 hour)", "projects/b.zip", List.of()));
        assertThat(schedules).extracting(ProjectSchedule::expression).containsExactly("cron(0 6 * * ? *)", "rate(1 hour)");
    }

    @Test
    void readsJsonTextFromTheCommandLineWithASpaceSeparatedSelect() {
        assertThat(ProjectSchedules.fromContext("[{\"name\":\"n\",\"cron\":\"cron(0 1 * * ? *)\",\"key\":\"projects/p.zip\",\"select\":\"silver +gold\"}]"))
                .containsExactly(new ProjectSchedule("n", "cron(0 1 * * ? *)", "projects/p.zip", List.of("silver", "+gold")));
    }

    @Test
    void noContextMeansNoSchedules() {
        assertThat(ProjectSchedules.fromContext(null)).isEmpty();
    }

    @Test
    void rejectsAMissingField() {
        assertThatThrownBy(() -> ProjectSchedules.fromContext(List.of(Map.of("name", "n", "key", "projects/p.zip"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gluedbt:schedules[0]: 'cron' is missing or not a string");
    }

    @Test
    void rejectsAKeyOutsideProjects() {
        assertThatThrownBy(() -> new ProjectSchedule("n", "rate(1 day)", "other/p.zip", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("schedule 'n': key 'other/p.zip' must be a projects/<name>.zip key");
    }

    @Test
    void rejectsSomethingOtherThanAList() {
        assertThatThrownBy(() -> ProjectSchedules.fromContext("{\"name\": \"n\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("gluedbt:schedules: expected a JSON list of {name, cron, key, select}: ");
    }

    @Test
    void rejectsDuplicateNames() {
        Map<String, Object> schedule = Map.of("name", "n", "cron", "rate(1 day)", "key", "projects/p.zip");
        assertThatThrownBy(() -> ProjectSchedules.fromContext(List.of(schedule, schedule)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gluedbt:schedules: schedule names must be unique");
    }
}
