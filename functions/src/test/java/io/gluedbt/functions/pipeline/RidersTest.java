package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class RidersTest {
    private static final PlannedNode LEAD = node("lead", 100, 300, "create or replace view a as select 1");

    @Test
    void aShorterNodeWithSlackRidesNextToTheLead() {
        assertThat(Riders.mayRide(LEAD, node("short", 20, 220, "create table b as select 1"))).as("220 - 20 + 100 = 300: exactly the lead's path").isTrue();
    }

    @Test
    void aNodeWhoseDependentsWouldStartTooLateDoesNotRide() {
        assertThat(Riders.mayRide(LEAD, node("critical", 20, 221, "create table b as select 1"))).as("221 - 20 + 100 > 300").isFalse();
    }

    @Test
    void aLongerNodeOrOneWithoutTimingDoesNotRide() {
        assertThat(Riders.mayRide(LEAD, node("longer", 101, 101, "select 1"))).isFalse();
        assertThat(Riders.mayRide(LEAD, node("unknown", 0, 10, "select 1"))).isFalse();
        assertThat(Riders.mayRide(node("lead", 0, 300, "select 1"), node("short", 1, 1, "select 1"))).as("a lead without timing takes none").isFalse();
    }

    @Test
    void statementsThatChangeTheSessionNeverShareIt() {
        assertThat(Riders.mayRide(LEAD, node("set", 1, 1, "create table c as select 1", " -- overwrite\n/* mode */ SET spark.sql.sources.partitionOverwriteMode=dynamic"))).isFalse();
        assertThat(Riders.mayRide(node("use", 100, 300, "use other"), node("short", 1, 1, "select 1"))).isFalse();
        assertThat(Riders.mayRide(LEAD, node("setting_name", 1, 1, "select 1 as settings"))).as("only the first word counts").isTrue();
    }

    @Test
    void theFirstWordSkipsBlanksAndComments() {
        assertThat(Riders.firstWord("\n  -- a\n  /* b */ insert into t select 1")).isEqualTo("INSERT");
        assertThat(Riders.firstWord("/* unterminated")).isEmpty();
    }

    private static PlannedNode node(String id, double estimate, double path, String... sql) {
        List<SqlStatement> statements = java.util.Arrays.stream(sql).map(text -> SqlStatement.run(text, "build")).toList();
        return new PlannedNode(id, "model", id, "models/" + id + ".sql", "db." + id, List.of(), statements, "select 1", null, null, estimate, path);
    }
}
