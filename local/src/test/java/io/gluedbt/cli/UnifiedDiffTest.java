package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "select 1\n", "b", "select 1\n")).isEmpty();
    }

    @Test
    void changedLineShowsRemovalThenAdditionWithContext() {
        String expected = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10";
        String actual = "l1\nl2\nl3\nl4\nl5\nL6\nl7\nl8\nl9\nl10";

        assertThat(UnifiedDiff.of("golden/x.sql", expected, "actual/x.sql", actual)).isEqualTo("""
                --- golden/x.sql
                +++ actual/x.sql
                @@ -3,7 +3,7 @@
                 l3
                 l4
                 l5
                -l6
                +L6
                 l7
                 l8
                 l9
                """);
    }

    @Test
    void trailingSpacesAndAMissingFinalNewlineAreVisible() {
        assertThat(UnifiedDiff.of("golden", "from t \n", "actual", "from t")).isEqualTo("""
                --- golden
                +++ actual
                @@ -1,2 +1,1 @@
                -from t·
                -
                +from t
                """);
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int line = 1; line <= 20; line++) {
            expected.append("line ").append(line).append('\n');
            actual.append(line == 2 || line == 18 ? "changed " + line : "line " + line).append('\n');
        }

        String diff = UnifiedDiff.of("a", expected.toString(), "b", actual.toString());

        assertThat(diff.lines().filter(line -> line.startsWith("@@")).toList()).containsExactly("@@ -1,5 +1,5 @@", "@@ -15,7 +15,7 @@");
    }
}
