package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** Directly selected members and tests kept aside until their other parents show up (dbt's direct/indirect). */
record SelectionBundle(BitSet direct, BitSet indirect) {}
