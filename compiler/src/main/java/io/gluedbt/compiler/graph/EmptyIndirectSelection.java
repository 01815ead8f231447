package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** No test joins a selection unless it is selected itself. */
final class EmptyIndirectSelection extends IndirectSelection {
    static final EmptyIndirectSelection INSTANCE = new EmptyIndirectSelection();

    private EmptyIndirectSelection() {}

    @Override
    public String modeName() {
        return "empty";
    }

    @Override
    SelectionBundle expand(BitSet selected, SelectionContext context) {
        return new SelectionBundle((BitSet) selected.clone(), new BitSet());
    }

    @Override
    BitSet incorporate(BitSet direct, BitSet indirect, SelectionContext context) {
        return direct;
    }
}
