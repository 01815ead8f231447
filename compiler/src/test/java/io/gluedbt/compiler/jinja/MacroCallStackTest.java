package io.gluedbt.compiler.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.error.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroCallStackTest {
    private static final String MODEL = "models/sales.sql";

    private static MacroCallStack.Location locate(List<MacroFrame> calls, int line) {
        return MacroCallStack.locate(calls, line, renderedLine -> SourcePosition.of(MODEL, renderedLine));
    }

    @Test
    void anErrorOutsideMacrosStaysInTheRenderedFile() {
        assertThat(locate(List.of(), 4)).isEqualTo(new MacroCallStack.Location(SourcePosition.of(MODEL, 4), ""));
    }

    @Test
    void anErrorInNestedUserMacrosIsPlacedInTheInnermostMacroWithTheCallChain() {
        List<MacroFrame> calls = List.of(new MacroFrame("outer", "macros/b.sql", 4, false), new MacroFrame("inner", "macros/a.sql", 5, false));

        MacroCallStack.Location location = locate(calls, 3);

        assertThat(location.position()).hasToString("macros/a.sql:3");
        assertThat(location.callChain()).isEqualTo(" (in macro 'inner', called from macros/b.sql:5; in macro 'outer', called from models/sales.sql:4)");
    }

    @Test
    void anErrorInsideBuiltInMacrosIsPlacedAtTheUsersCall() {
        List<MacroFrame> calls = List.of(new MacroFrame("mine", "macros/m.sql", 4, false), new MacroFrame("dbt_outer", "macros/x.sql", 2, true),
                new MacroFrame("dbt_inner", "macros/y.sql", 9, true));

        MacroCallStack.Location location = locate(calls, 40);

        assertThat(location.position()).hasToString("macros/m.sql:2");
        assertThat(location.callChain()).isEqualTo(" (in dbt's built-in macro 'dbt_outer'; in macro 'mine', called from models/sales.sql:4)");
    }

    @Test
    void aUserMacroCalledByABuiltInHasNoCallSiteInsideTheBuiltIn() {
        List<MacroFrame> calls = List.of(new MacroFrame("dbt_outer", "macros/x.sql", 3, true), new MacroFrame("mine", "macros/m.sql", 7, false));

        MacroCallStack.Location location = locate(calls, 2);

        assertThat(location.position()).hasToString("macros/m.sql:2");
        assertThat(location.callChain()).isEqualTo(" (in macro 'mine'; in dbt's built-in macro 'dbt_outer', called from models/sales.sql:3)");
    }

    @Test
    void findsTheUnclosedDelimiterAndSkipsRawBlocks() {
        assertThat(TemplateFailures.unclosedOpener("select {{ a }} {% if b %}x{% endif %} {# c #}")).isEqualTo(-1);
        assertThat(TemplateFailures.unclosedOpener("{% raw %}{{ {% endraw %} {{ a")).isEqualTo(25);
        assertThat(TemplateFailures.unclosedOpener("a {# note\nb")).isEqualTo(2);
    }
}
