package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** A test is selected only when all of its parents are. */
final class CautiousIndirectSelection extends IndirectSelection {
    static final CautiousIndirectSelection INSTANCE = new CautiousIndirectSelection();

    private CautiousIndirectSelection() {}

    @Override
    public String modeName() {
        return "cautious";
    }

    @Override
    SelectionBundle expand(BitSet selected, SelectionContext context) {
        BitSet direct = (BitSet) selected.clone();
        BitSet indirect = new BitSet();
        BitSet tests = context.testChildren(selected);
        for (int test = tests.nextSetBit(0); test >= 0; test = tests.nextSetBit(test + 1)) {
            (context.parentsWithin(test, selected) ? direct : indirect).set(test);
        }
        return new SelectionBundle(direct, indirect);
    }

    @Override
    BitSet incorporate(BitSet direct, BitSet indirect, SelectionContext context) {
        if (direct.equals(indirect)) {
            return direct;
        }
        BitSet selected = (BitSet) direct.clone();
        for (int test = indirect.nextSetBit(0); test >= 0; test = indirect.nextSetBit(test + 1)) {
            if (context.isNode(test) && context.parentsWithin(test, selected)) {
                selected.set(test);
            }
        }
        return selected;
    }
}
