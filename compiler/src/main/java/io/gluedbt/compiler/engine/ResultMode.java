package io.gluedbt.compiler.engine;

/** Whether a statement's rows come back (tests' failure counts, {@code show}) or only its effect. */
public enum ResultMode {
    NONE, ROWS
}
