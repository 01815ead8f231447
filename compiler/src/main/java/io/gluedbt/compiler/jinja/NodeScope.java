package io.gluedbt.compiler.jinja;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.util.Map;

/**
 * What one render of one node can see. dbt renders every node twice: the parse phase records
 * {@code ref}/{@code source}/{@code config} calls and knows no relations; the runtime phase resolves
 * them and may ask the catalog. Each phase is an implementation of this interface, not a flag.
 */
public interface NodeScope {
    /** The package whose variables and local macros apply. */
    String packageName();

    Relation ref(RefCall call);

    Relation source(SourceCall call);

    /** {@code {{ config(...) }}}: parse records it; runtime ignores it (already applied). */
    void config(Map<String, Object> values);

    /** {@code config.get(key, default)}. */
    Object configGet(String key, Object defaultValue);

    /** {@code config.require(key)}: the value, or an error naming the key. */
    Object configRequire(String key);

    Relation thisRelation();

    boolean isIncremental();

    /** dbt's {@code execute}: false while parsing, true while compiling or running. */
    boolean execute();

    /** The {@code model} variable: the node as a dict. */
    Map<String, Object> model();

    CatalogView catalog();
}
