package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import io.gluedbt.compiler.jinja.builtins.DbtBuiltins;
import io.gluedbt.compiler.jinja.builtins.DbtJinjavaConfig;
import io.gluedbt.compiler.jinja.builtins.JinjaLogSink;
import java.util.Map;

/** The Jinjava configuration dbt templates need (Python semantics), and the dbt builtins installed on it. */
final class JinjaConfiguration {
    private JinjaConfiguration() {}

    static JinjavaConfig create() {
        return DbtJinjavaConfig.builder()
                .withFailOnUnknownTokens(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(200)
                .withNestedInterpretationEnabled(false)
                .build();
    }

    static void installBuiltins(Jinjava jinjava) {
        DbtBuiltins.install(jinjava);
    }

    static Map<String, Object> contextObjects(JinjaLogSink sink) {
        return DbtBuiltins.contextObjects(sink);
    }
}
