package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** A test is selected when any of its parents is. */
final class EagerIndirectSelection extends IndirectSelection {
    static final EagerIndirectSelection INSTANCE = new EagerIndirectSelection();

    private EagerIndirectSelection() {}

    @Override
    public String modeName() {
        return "eager";
    }

    @Override
    SelectionBundle expand(BitSet selected, SelectionContext context) {
        BitSet direct = (BitSet) selected.clone();
        direct.or(context.testChildren(selected));
        return new SelectionBundle(direct, new BitSet());
    }

    @Override
    BitSet incorporate(BitSet direct, BitSet indirect, SelectionContext context) {
        return direct;
    }
}
