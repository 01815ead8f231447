package io.gluedbt.compiler.graph;

/**
 * How far a graph operator reaches: {@code +x} is {@link #UNLIMITED}, {@code 2+x} is {@code Depth.of(2)},
 * no operator (or {@code 0+x}) is {@link #NONE}.
 */
public record Depth(int levels) {
    public static final Depth NONE = new Depth(0);
    public static final Depth UNLIMITED = new Depth(Integer.MAX_VALUE);

    public Depth {
        if (levels < 0) {
            throw new IllegalArgumentException("levels is negative: " + levels);
        }
    }

    public static Depth of(int levels) {
        return levels == Integer.MAX_VALUE ? UNLIMITED : new Depth(levels);
    }

    public boolean isNone() {
        return levels == 0;
    }

    @Override
    public String toString() {
        return this == UNLIMITED || levels == Integer.MAX_VALUE ? "unlimited" : Integer.toString(levels);
    }
}
