package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.model.Manifest;
import java.util.SortedSet;

/**
 * dbt's node selection over a manifest's graph. Indirect selection of tests defaults to
 * {@link IndirectSelection#eager()}; a criterion from selectors.yml may ask for another mode.
 */
public interface NodeSelector {

    static NodeSelector create(Manifest manifest, DependencyGraph graph) {
        return new GraphNodeSelector(manifest, graph, IndirectSelection.eager());
    }

    /** The same selector with another default indirect selection (dbt's {@code --indirect-selection}). */
    NodeSelector withIndirectSelection(IndirectSelection indirectSelection);

    IndirectSelection indirectSelection();

    /** The selected unique ids (nodes, sources, exposures), sorted, with dbt's warnings. */
    SelectionResult evaluate(SelectionSpec spec);

    /** The selected unique ids (nodes, sources, exposures), sorted. */
    default SortedSet<String> select(SelectionSpec spec) {
        return evaluate(spec).selected();
    }
}
