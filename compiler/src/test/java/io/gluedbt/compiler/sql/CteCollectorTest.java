package io.gluedbt.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CteCollectorTest {
    private static CteCollector collector(Map<String, EphemeralSource> ephemerals) {
        return CteCollector.using(id -> Optional.ofNullable(ephemerals.get(id)));
    }

    private static EphemeralSource ephemeral(String name, String... dependencies) {
        return new EphemeralSource("model.p." + name, name, "select * from " + name + "_src", List.of(dependencies));
    }

    @Test
    void nestedEphemeralsComeDeepestFirstAndOnce() {
        // a refs b and c; b refs c. dbt gives [c, b] for a model that refs a ... then a itself.
        Map<String, EphemeralSource> ephemerals = Map.of(
                "model.p.a", ephemeral("a", "model.p.b", "model.p.c"),
                "model.p.b", ephemeral("b", "model.p.c"),
                "model.p.c", ephemeral("c"));
        List<Cte> ctes = collector(ephemerals).collect(List.of("model.p.a", "model.p.c"));
        assertThat(ctes).extracting(Cte::name).containsExactly("__dbt__cte__c", "__dbt__cte__b", "__dbt__cte__a");
        assertThat(ctes.get(0)).isEqualTo(new Cte("model.p.c", "__dbt__cte__c", "select * from c_src"));
    }

    @Test
    void collectedCtesInjectIntoTheNode() {
        Map<String, EphemeralSource> ephemerals = Map.of(
                "model.p.b", ephemeral("b", "model.p.c"),
                "model.p.c", ephemeral("c"));
        List<Cte> ctes = collector(ephemerals).collect(List.of("model.p.b"));
        assertThat(EphemeralInjector.inject("select * from __dbt__cte__b", ctes)).isEqualTo(
                "with __dbt__cte__c as (\nselect * from c_src\n),  __dbt__cte__b as (\nselect * from b_src\n) "
                        + "select * from __dbt__cte__b");
    }

    @Test
    void unknownEphemeralIsAnInternalError() {
        assertThatThrownBy(() -> collector(Map.of()).collect(List.of("model.p.x")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("during compilation, found a CTE reference that could not be resolved: model.p.x")
                .satisfies(error -> assertThat(((GluedbtException) error).code()).isEqualTo(ErrorCode.INTERNAL));
    }

    @Test
    void cycleIsReported() {
        Map<String, EphemeralSource> ephemerals = Map.of(
                "model.p.a", ephemeral("a", "model.p.b"),
                "model.p.b", ephemeral("b", "model.p.a"));
        assertThatThrownBy(() -> collector(ephemerals).collect(List.of("model.p.a")))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("ephemeral models form a cycle: model.p.a -> model.p.b -> model.p.a")
                .satisfies(error -> assertThat(((GluedbtException) error).code()).isEqualTo(ErrorCode.DEPENDENCY_CYCLE));
    }
}
