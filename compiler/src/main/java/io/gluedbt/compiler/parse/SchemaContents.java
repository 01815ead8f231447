package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the schema.yml files of a project declared, collected before the nodes are built. */
final class SchemaContents {
    private final Map<String, Patch> patches = new LinkedHashMap<>();
    private final List<SourceTable> sources = new ArrayList<>();
    private final List<TestSpec> tests = new ArrayList<>();
    private final List<Exposure> exposures = new ArrayList<>();
    private final Map<String, Map<String, Object>> selectors = new LinkedHashMap<>();

    void addPatch(Patch patch) {
        Patch previous = patches.putIfAbsent(patch.resourceKey(), patch);
        if (previous != null) {
            throw new GluedbtException(ErrorCode.DUPLICATE_RESOURCE, patch.position(),
                    "'" + patch.name() + "' is described twice: here and at " + previous.position()
                            + "; keep one entry per " + patch.resourceKey().substring(0, patch.resourceKey().indexOf(':')));
        }
    }

    Patch patch(String resourceKey) {
        return patches.get(resourceKey);
    }

    Map<String, Patch> patches() {
        return patches;
    }

    List<SourceTable> sources() {
        return sources;
    }

    List<TestSpec> tests() {
        return tests;
    }

    List<Exposure> exposures() {
        return exposures;
    }

    Map<String, Map<String, Object>> selectors() {
        return selectors;
    }
}
