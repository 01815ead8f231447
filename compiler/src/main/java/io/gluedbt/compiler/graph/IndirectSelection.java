package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.BitSet;

/**
 * How tests join a selection without being selected themselves (dbt's {@code --indirect-selection}):
 * {@link #eager()} (dbt's default: a test whose any parent is selected), {@link #cautious()} (all
 * parents selected), {@link #buildable()} (all parents selected or ancestors of the selection) and
 * {@link #empty()} (no tests added).
 */
public abstract class IndirectSelection {
    IndirectSelection() {}

    public static IndirectSelection eager() {
        return EagerIndirectSelection.INSTANCE;
    }

    public static IndirectSelection cautious() {
        return CautiousIndirectSelection.INSTANCE;
    }

    public static IndirectSelection buildable() {
        return BuildableIndirectSelection.INSTANCE;
    }

    public static IndirectSelection empty() {
        return EmptyIndirectSelection.INSTANCE;
    }

    /** By dbt's name ({@code eager}, {@code cautious}, {@code buildable}, {@code empty}). */
    public static IndirectSelection named(String mode) {
        return switch (mode) {
            case "eager" -> eager();
            case "cautious" -> cautious();
            case "buildable" -> buildable();
            case "empty" -> empty();
            default -> throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Invalid indirect_selection '" + mode
                    + "': expected one of [eager, cautious, buildable, empty]");
        };
    }

    /** dbt's name of this mode. */
    public abstract String modeName();

    /** Splits the tests below one criterion's {@code selected} nodes into directly and indirectly selected. */
    abstract SelectionBundle expand(BitSet selected, SelectionContext context);

    /** After a set operation, promotes the indirectly selected tests whose parents are now all in {@code direct}. */
    abstract BitSet incorporate(BitSet direct, BitSet indirect, SelectionContext context);

    @Override
    public String toString() {
        return modeName();
    }
}
