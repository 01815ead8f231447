package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** A test is selected when each of its parents is selected or upstream of the selection (or a source). */
final class BuildableIndirectSelection extends IndirectSelection {
    static final BuildableIndirectSelection INSTANCE = new BuildableIndirectSelection();

    private BuildableIndirectSelection() {}

    @Override
    public String modeName() {
        return "buildable";
    }

    @Override
    SelectionBundle expand(BitSet selected, SelectionContext context) {
        BitSet selectedAndParents = context.withAncestors(selected);
        selectedAndParents.or(context.sources());
        BitSet direct = (BitSet) selected.clone();
        BitSet indirect = new BitSet();
        BitSet tests = context.testChildren(selected);
        for (int test = tests.nextSetBit(0); test >= 0; test = tests.nextSetBit(test + 1)) {
            boolean buildable = context.parentsWithin(test, selected) || context.parentsWithin(test, selectedAndParents);
            (buildable ? direct : indirect).set(test);
        }
        return new SelectionBundle(direct, indirect);
    }

    @Override
    BitSet incorporate(BitSet direct, BitSet indirect, SelectionContext context) {
        if (direct.equals(indirect)) {
            return direct;
        }
        BitSet selected = (BitSet) direct.clone();
        BitSet selectedAndParents = context.withAncestors(direct);
        for (int test = indirect.nextSetBit(0); test >= 0; test = indirect.nextSetBit(test + 1)) {
            if (context.isNode(test) && context.parentsWithin(test, selectedAndParents)) {
                selected.set(test);
            }
        }
        return selected;
    }
}
