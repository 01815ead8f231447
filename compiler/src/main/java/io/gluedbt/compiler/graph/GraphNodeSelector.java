package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.Manifest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** dbt's NodeSelector: criteria searched over enabled members, graph operators, set operations, indirect tests. */
final class GraphNodeSelector implements NodeSelector {
    private final DependencyGraph graph;
    private final IndirectSelection defaultIndirectSelection;
    private final GraphMember[] members;
    private final SelectionContext context;
    private final SelectorMethods methods;

    GraphNodeSelector(Manifest manifest, DependencyGraph graph, IndirectSelection defaultIndirectSelection) {
        requireNonNull(manifest, "manifest is null");
        this.graph = requireNonNull(graph, "graph is null");
        this.defaultIndirectSelection = requireNonNull(defaultIndirectSelection, "defaultIndirectSelection is null");
        if (graph.manifest() != manifest && !graph.manifest().equals(manifest)) {
            throw new IllegalArgumentException("the graph was built from another manifest");
        }
        members = new GraphMember[graph.size()];
        for (int index = 0; index < members.length; index++) {
            members[index] = GraphMember.of(manifest, graph.id(index));
        }
        context = new SelectionContext(graph, members);
        methods = new SelectorMethods(members, manifest.projectName());
    }

    private GraphNodeSelector(GraphNodeSelector other, IndirectSelection defaultIndirectSelection) {
        this.graph = other.graph;
        this.defaultIndirectSelection = requireNonNull(defaultIndirectSelection, "indirectSelection is null");
        this.members = other.members;
        this.context = other.context;
        this.methods = other.methods;
    }

    @Override
    public NodeSelector withIndirectSelection(IndirectSelection indirectSelection) {
        return new GraphNodeSelector(this, indirectSelection);
    }

    @Override
    public IndirectSelection indirectSelection() {
        return defaultIndirectSelection;
    }

    @Override
    public SelectionResult evaluate(SelectionSpec spec) {
        requireNonNull(spec, "spec is null");
        List<String> warnings = new ArrayList<>();
        BitSet direct = select(spec, warnings).direct();
        direct.and(context.enabled());
        TreeSet<String> selected = new TreeSet<>();
        for (int index = direct.nextSetBit(0); index >= 0; index = direct.nextSetBit(index + 1)) {
            selected.add(graph.id(index));
        }
        return new SelectionResult(selected, warnings);
    }

    private SelectionBundle select(SelectionSpec spec, List<String> warnings) {
        if (spec instanceof SelectionCriteria criteria) {
            return selectCriteria(criteria);
        }
        if (spec instanceof SelectionUnion union) {
            return combine(union.components(), BitSet::or, strategy(union), Optional.empty(), warnings);
        }
        if (spec instanceof SelectionIntersection intersection) {
            return combine(intersection.components(), BitSet::and, strategy(intersection),
                    intersection.expectedToMatch(), warnings);
        }
        SelectionDifference difference = (SelectionDifference) spec;
        return combine(List.of(difference.include(), difference.exclude()), BitSet::andNot, strategy(difference),
                Optional.empty(), warnings);
    }

    private IndirectSelection strategy(SelectionSpec spec) {
        return spec.indirectSelection().orElse(defaultIndirectSelection);
    }

    private SelectionBundle selectCriteria(SelectionCriteria criteria) {
        BitSet collected = methods.search(criteria, context.enabled());
        BitSet selected = (BitSet) collected.clone();
        if (criteria.childrensParents()) {
            selected.or(context.childrensParents(collected));
        }
        if (!criteria.parents().isNone()) {
            selected.or(context.ancestors(collected, criteria.parents()));
        }
        if (!criteria.children().isNone()) {
            selected.or(context.descendants(collected, criteria.children()));
        }
        return strategy(criteria).expand(selected, context);
    }

    private SelectionBundle combine(List<SelectionSpec> components, BiConsumer<BitSet, BitSet> operation,
            IndirectSelection strategy, Optional<String> expectedToMatch, List<String> warnings) {
        BitSet direct = null;
        BitSet indirect = null;
        for (SelectionSpec component : components) {
            SelectionBundle bundle = select(component, warnings);
            BitSet withIndirect = (BitSet) bundle.indirect().clone();
            withIndirect.or(bundle.direct());
            if (direct == null) {
                direct = (BitSet) bundle.direct().clone();
                indirect = withIndirect;
            } else {
                operation.accept(direct, bundle.direct());
                operation.accept(indirect, withIndirect);
            }
        }
        if (direct == null) {
            direct = new BitSet();
            indirect = new BitSet();
        }
        BitSet incorporated = strategy.incorporate(direct, indirect, context);
        if (expectedToMatch.isPresent() && incorporated.isEmpty()) {
            warnings.add("The selection criterion '" + expectedToMatch.get() + "' does not match any enabled nodes");
        }
        return new SelectionBundle(incorporated, indirect);
    }
}
